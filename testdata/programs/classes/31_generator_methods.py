# Generator methods, async generator methods and methods returning
# closures over self.
import asyncio


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            for item in c.walk(depth + 1):
                yield item

    async def awalk(self):
        for depth, value in self.walk():
            await asyncio.sleep(0)
            yield f"{'  ' * depth}{value}"

    def counter(self):
        seen = []

        def visit():
            seen.append(self.value)
            return len(seen)

        return visit


t = Tree("root", Tree("a", Tree("a1")), Tree("b"))
print(list(t.walk()))
v = t.counter()
print(v(), v(), t.counter()())


async def main():
    async for line in t.awalk():
        print(line)


asyncio.run(main())
