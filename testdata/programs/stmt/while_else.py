# while/else: the else runs only when the loop ends without break.
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found after", i, "steps")


search([3, 1, 4, 1, 5], 4)
search([3, 1, 4, 1, 5], 9)
n = 0
while n < 3:
    n += 1
else:
    print("loop finished with n =", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
