package codegen

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar"
)

func TestLintWaitCoroutines(t *testing.T) {
	const defs = "import asyncio\nasync def foo(n):\n    return n\n"
	tests := []struct {
		name string
		body string
		want []string // "line:col" of each warning
	}{
		{"named list of coroutines", "async def main():\n    tasks = [foo(1), foo(2)]\n    await asyncio.wait(tasks)\n", []string{"6:24"}},
		{"display passed directly", "async def main():\n    await asyncio.wait({foo(1)})\n", []string{"5:24"}},
		{"comprehension", "async def main():\n    await asyncio.wait([foo(i) for i in range(3)])\n", []string{"5:24"}},
		{"tasks are fine", "async def main():\n    tasks = [asyncio.create_task(foo(1))]\n    await asyncio.wait(tasks)\n", nil},
		{"name from another scope", "tasks = [foo(1)]\nasync def main(tasks):\n    await asyncio.wait(tasks)\n", nil},
		{"imported wait", "from asyncio import wait as w\nasync def main():\n    await w([foo(1)])\n", []string{"6:13"}},
		{"other functions", "async def main():\n    await asyncio.gather(*[foo(1)])\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mod, err := grammar.ParseFile("t.py", []byte(defs+tc.body))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range lint(mod) {
				if !strings.Contains(d.Msg, "asyncio.wait() is passed coroutines") {
					t.Errorf("unexpected message %q", d.Msg)
				}
				got = append(got, strings.Join(strings.SplitN(d.String(), ":", 3)[:2], ":"))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("warnings at %v, want %v", got, tc.want)
			}
		})
	}
}
