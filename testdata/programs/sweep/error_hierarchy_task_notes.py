import asyncio


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class DBError(AppError):
    code = 2


class QueryError(DBError):
    code = 3


async def query(sql):
    await asyncio.sleep(0.01)
    if "DROP" in sql:
        raise QueryError("refused", detail=sql)
    return [sql.lower()]


async def handler(sql):
    try:
        return await query(sql)
    except QueryError as e:
        e.add_note(f"while handling {sql!r}")
        raise DBError("handler failed") from e


async def main():
    print(await handler("SELECT 1"))
    try:
        await handler("DROP TABLE x")
    except AppError as e:
        print(type(e).__name__, e, "| cause:", e.__cause__, e.__cause__.__notes__)
    print(issubclass(QueryError, AppError), QueryError.code, AppError("x").code, str(AppError("plain")))
    t = asyncio.create_task(handler("DROP TABLE y"))
    try:
        await asyncio.wait_for(t, 1)
    finally:
        print("finally before traceback")


asyncio.run(main())
