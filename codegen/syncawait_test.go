package codegen

import (
	"slices"
	"testing"
)

// TestSyncCoroutines checks which async defs are found never to suspend
// (and so get a plain function that awaits of them call).
func TestSyncCoroutines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the async defs that get agS_ functions
	}{
		{"leaf and its caller", `
async def leaf(x):
    return x
async def caller(x):
    return await leaf(x) + await leaf(1)
`, []string{"caller", "leaf"}},
		{"recursion and mutual recursion", `
async def fact(n):
    return 1 if n == 0 else n * await fact(n - 1)
async def even(n):
    return True if n == 0 else await odd(n - 1)
async def odd(n):
    return False if n == 0 else await even(n - 1)
`, []string{"even", "fact", "odd"}},
		{"suspension spreads to callers", `
import asyncio
async def nap():
    await asyncio.sleep(0)
async def outer():
    await nap()
async def outer2():
    await outer()
async def pure():
    return 1
`, []string{"pure"}},
		{"awaits of other things", `
async def leaf():
    return 1
async def by_value(c):
    return await c
async def by_keyword():
    return await leaf2(x=1)
async def leaf2(x):
    return x
async def wrong_arity():
    return await leaf(1)
async def through_param(leaf):
    return await leaf()
`, []string{"leaf", "leaf2"}},
		{"async for, async with, yield, nested scopes", `
async def f1(xs):
    async for x in xs:
        pass
async def f2(cm):
    async with cm:
        pass
async def f3():
    yield 1
async def f4():
    return [x for x in range(3)]
async def f5():
    def inner():
        return 1
    return inner()
async def f6():
    return 1
`, []string{"f6"}},
		{"rebound or decorated defs are not direct", `
import functools
async def again():
    return 1
async def again():
    return 2
@functools.lru_cache
async def decorated():
    return 1
async def defaults(x=1):
    return x
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := generatedNames(t, tt.src, "agS_"); !slices.Equal(got, tt.want) {
				t.Errorf("synchronous coroutines = %v, want %v", got, tt.want)
			}
		})
	}
}
