# import uvloop; uvloop.install() then asyncio.run; uvloop.run.
import asyncio
import uvloop


async def main(n):
    await asyncio.sleep(0)
    print("running on", type(asyncio.get_running_loop()).__name__)
    return n * 2


print(uvloop.install())
print(asyncio.set_event_loop_policy(uvloop.EventLoopPolicy()))
print(asyncio.run(main(1)))
print(uvloop.run(main(2)))
loop = uvloop.new_event_loop()
print(loop.is_running(), loop.is_closed())
loop.close()
try:
    uvloop.install(1)
except TypeError as e:
    print("TypeError:", e)
