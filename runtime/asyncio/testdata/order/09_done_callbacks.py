import asyncio


def make(name):
    def cb(fut):
        print("cb", name, fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    c1, c2, c3 = make("one"), make("two"), make("three")
    f.add_done_callback(c1)
    f.add_done_callback(c2)
    f.add_done_callback(c3)
    f.add_done_callback(c2)
    print("removed", f.remove_done_callback(c2))
    f.set_result("r")
    print("set_result returned")
    f.add_done_callback(make("late"))
    print("added late")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0)
    print("after two")


asyncio.run(main())
