import asyncio
import random
import statistics
from statistics import StatisticsError, mean, median, stdev


async def request(i):
    latency = round(random.uniform(0.001, 0.05), 4)
    await asyncio.sleep(latency)
    return latency


async def main():
    random.seed(21)
    lat = await asyncio.gather(*(request(i) for i in range(25)))
    print(mean(lat), median(lat), stdev(lat), statistics.pstdev(lat))
    print(statistics.variance(lat), statistics.pvariance(lat), statistics.fmean(lat))
    print(statistics.median_low(lat), statistics.median_high(lat), max(lat), min(lat))
    ints = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    print(mean(ints), mean([1, 2]), mean([1, 3]), median(ints), median([1, 2, 3, 4]), statistics.mode(ints))
    print(statistics.multimode("aabbbcccd"), statistics.mode(["x", "y", "y"]), statistics.variance(ints), stdev(ints))
    print(statistics.pvariance([1, 2, 3, 4]), statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([2, 2, 2]))
    print(statistics.variance([1.0, 2.0, 4.0], xbar=2.0), statistics.fmean([1, 2, 3], weights=[3, 1, 1]), mean([True, False, True]))
    print(stdev([0.1, 0.2, 0.3]), mean([0.1, 0.2, 0.3]), mean([1e16, 1, -1e16]), statistics.multimode([]))
    for f, arg in [(mean, []), (median, []), (stdev, [1]), (statistics.mode, []), (statistics.pvariance, [])]:
        try:
            f(arg)
        except StatisticsError as e:
            print(f.__name__, "->", e, isinstance(e, ValueError))


asyncio.run(main())
