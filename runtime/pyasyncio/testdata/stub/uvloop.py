"""A stand-in for uvloop when generating goldens (uvloop is not installed
here). asyncgen maps "import uvloop" onto its own loop, where install(),
EventLoopPolicy() and new_event_loop() change nothing and run() is
asyncio.run: this module gives CPython the same meaning, so the golden
records what a program does when uvloop changes nothing but speed."""
import asyncio

EventLoopPolicy = asyncio.DefaultEventLoopPolicy
new_event_loop = asyncio.new_event_loop
run = asyncio.run


def install():
    pass
