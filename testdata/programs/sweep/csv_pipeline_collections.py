import asyncio
import json
from collections import Counter, defaultdict, deque, namedtuple

Record = namedtuple("Record", ["user", "action", "amount"])

RAW = """alice,buy,30
bob,sell,12
alice,sell,5
carol,buy,100
bob,buy,7
alice,buy,1
dave,refund,3
carol,sell,40"""


async def reader(out: asyncio.Queue):
    for line in RAW.splitlines():
        user, action, amount = line.split(",")
        await out.put(Record(user, action, int(amount)))
        await asyncio.sleep(0)
    await out.put(None)


async def transformer(inp: asyncio.Queue, out: asyncio.Queue):
    while (rec := await inp.get()) is not None:
        if rec.action == "refund":
            rec = rec._replace(amount=-rec.amount)
        await out.put(rec)
    await out.put(None)


async def aggregator(inp: asyncio.Queue):
    totals = defaultdict(int)
    actions = Counter()
    recent = deque(maxlen=3)
    while True:
        rec = await inp.get()
        if rec is None:
            break
        totals[rec.user] += rec.amount if rec.action != "sell" else -rec.amount
        actions[rec.action] += 1
        recent.append(rec.user)
    return totals, actions, recent


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=2)
    _, _, (totals, actions, recent) = await asyncio.gather(
        reader(q1), transformer(q1, q2), aggregator(q2))
    print(dict(totals))
    print(actions.most_common(2), actions["buy"], actions["nothing"])
    print(recent, list(recent), recent.maxlen)
    print(json.dumps({"totals": totals, "actions": actions}, sort_keys=True))
    print(json.dumps([Record("x", "y", 1)], indent=2))
    r = Record("a", "b", 2)
    print(r, r.user, r[2], r._asdict(), Record._fields)
    c = Counter("mississippi")
    print(c, sorted(c.elements())[:4], c.total())
    c.update({"s": -4})
    print(+c, c - Counter("ip"))
    d = deque([1, 2, 3])
    d.rotate(1)
    d.appendleft(0)
    print(d, d.popleft(), d.pop(), d)


asyncio.run(main())
