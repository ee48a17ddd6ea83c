package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"asyncgen": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script. Expected
// outputs are produced by python3 inside the scripts, never typed by hand.
//
// The scripts see $REPO (this checkout, for replace directives), a private
// asyncgen cache ($ASYNCGEN_CACHE) and HOME, and the Go build and module
// caches of the machine, with the network off (GOPROXY=off).
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	goEnv := map[string]string{}
	for _, name := range []string{"GOCACHE", "GOMODCACHE", "GOROOT"} {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		goEnv[name] = strings.TrimSpace(string(out))
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			env.Setenv("HOME", filepath.Join(env.WorkDir, ".home"))
			env.Setenv("ASYNCGEN_CACHE", filepath.Join(env.WorkDir, ".asyncgen-cache"))
			env.Setenv("GOCACHE", goEnv["GOCACHE"])
			env.Setenv("GOMODCACHE", goEnv["GOMODCACHE"])
			env.Setenv("GOPATH", filepath.Join(env.WorkDir, ".gopath"))
			env.Setenv("GOPROXY", "off")
			env.Setenv("GOSUMDB", "off")
			env.Setenv("GOTOOLCHAIN", "local")
			env.Setenv("GOFLAGS", "-mod=mod")
			env.Setenv("PYTHONHASHSEED", "0")
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "python3" {
				_, err := exec.LookPath("python3")
				return err == nil, nil
			}
			return false, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"backdate":  backdate,
			"untouched": untouched,
		},
	})
}

// oldTime is the modification time backdate gives files.
var oldTime = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// backdate FILE... sets the files' modification time to a fixed past time.
func backdate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: backdate FILE...")
	}
	for _, a := range args {
		ts.Check(os.Chtimes(ts.MkAbs(a), oldTime, oldTime))
	}
}

// untouched FILE... checks that the files were not written since backdate
// (with !, that they were).
func untouched(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: [!] untouched FILE...")
	}
	for _, a := range args {
		fi, err := os.Stat(ts.MkAbs(a))
		ts.Check(err)
		same := fi.ModTime().Equal(oldTime)
		if same == neg {
			ts.Fatalf("%s: modified %v (backdated to %v)", a, fi.ModTime(), oldTime)
		}
	}
}
