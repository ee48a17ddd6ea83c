# User exceptions raised inside tasks: gather with return_exceptions,
# awaiting a failed task, and an uncaught one ending asyncio.run.
import asyncio


class JobFailed(Exception):
    def __init__(self, job, reason):
        super().__init__(job, reason)
        self.job = job

    def __str__(self):
        return f"job {self.job} failed: {self.args[1]}"


class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self, n):
        await asyncio.sleep(0.01 * n)
        if n % 2:
            raise JobFailed(f"{self.name}-{n}", "odd")
        return n * 10


async def main():
    w = Worker("w")
    results = await asyncio.gather(*(w.run(i) for i in range(4)), return_exceptions=True)
    print(results)
    print([str(r) for r in results])
    task = asyncio.create_task(w.run(3))
    try:
        await task
    except JobFailed as e:
        print("caught", e.job, repr(e), task.exception() is e)
    await w.run(5)


asyncio.run(main())
