# pass as an empty body in functions, loops, branches and handlers.
def nothing():
    pass


print(nothing())
for i in range(2):
    pass
print(i)
if i:
    pass
else:
    print("never")
try:
    pass
except Exception:
    pass
finally:
    pass
while False:
    pass
print("all passed")
