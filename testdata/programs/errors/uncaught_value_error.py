# An uncaught ValueError ends the program with exit status 1; stdout printed before it is kept.
def parse(s):
    return int(s)


print("parsing")
print(parse("12"))
print(parse("twelve"))
print("never")
