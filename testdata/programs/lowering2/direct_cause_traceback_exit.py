# raise ... from escaping asyncio.run: the traceback ends with the outer exception, exit status 1.
import asyncio


class ConfigError(Exception):
    pass


async def load():
    await asyncio.sleep(0)
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("bad config value") from e


asyncio.run(load())
