# RecursionError depth on executor threads: a job runs five frames deep (the thread's bootstrap
# and the pool's worker), an initializer four, to_thread's function one more (Context.run), and
# a process pool's job thirteen.
import asyncio
import concurrent.futures


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def probe():
    lo, hi = 0, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            count(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def init():
    print("initializer", probe())


async def main():
    loop = asyncio.get_running_loop()
    print("to_thread", await asyncio.to_thread(probe))
    print("to_thread lambda", await asyncio.to_thread(lambda: probe()))
    print("run_in_executor", await loop.run_in_executor(None, probe))
    with concurrent.futures.ThreadPoolExecutor() as ex:
        print("run_in_executor pool", await loop.run_in_executor(ex, probe))


if __name__ == "__main__":
    asyncio.run(main())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, initializer=init) as ex:
        print("submit", ex.submit(probe).result())
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as ex:
        print("process", ex.submit(probe).result())
    loop = asyncio.new_event_loop()
    print("ruc run_in_executor", loop.run_until_complete(loop.run_in_executor(None, probe)))
    loop.close()
