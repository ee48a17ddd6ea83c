# run_in_executor and to_thread on a loop driven by run_until_complete, the default executor's
# shutdown, and the thread names get_event_loop reports in worker threads.
import asyncio
import concurrent.futures


def worker(x):
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        return x, str(e)


loop = asyncio.new_event_loop()
fut = loop.run_in_executor(None, worker, 1)
print("not running yet:", fut.done())
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.to_thread(sum, [1, 2, 3])))
with concurrent.futures.ThreadPoolExecutor() as ex:
    print(loop.run_until_complete(loop.run_in_executor(ex, worker, 2)))
with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="named") as ex:
    print(ex.submit(worker, 3).result())
print(loop.run_until_complete(loop.shutdown_default_executor()))
try:
    loop.run_in_executor(None, worker, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.run_until_complete(loop.shutdown_asyncgens()))
loop.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def threads():
    return await asyncio.to_thread(worker, 5)


print(loop.run_until_complete(threads()))
loop.close()
try:
    loop.run_in_executor(None, worker, 6)
except RuntimeError as e:
    print("RuntimeError:", e)
