# if __name__ == "__main__": runs when the file is the main program.
import asyncio


def helper():
    return __name__


async def main():
    print("main runs, module name", helper())


if __name__ == "__main__":
    asyncio.run(main())
else:
    print("imported")
print("module level after the guard")
