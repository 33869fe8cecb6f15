// Package longtest gates the tests that take seconds each (a browser,
// inputs of 20 MB and more, building and running the command): go test
// ./... skips them, so that it stays quick on a developer's machine, and
// CI runs them by setting NAZIR_LONG_TESTS=1 (.ci/run does).
package longtest

import (
	"os"
	"testing"
)

// Env is the environment variable that switches the long tests on.
const Env = "NAZIR_LONG_TESTS"

// Enabled reports whether long tests run: NAZIR_LONG_TESTS is set (to
// anything but "" or "0") and -short is not given.
func Enabled() bool {
	v := os.Getenv(Env)
	return v != "" && v != "0" && !testing.Short()
}

// Skip skips t unless long tests run; what says what the test does.
func Skip(t testing.TB, what string) {
	t.Helper()
	if !Enabled() {
		t.Skipf("long test (%s): set %s=1 to run it (CI does)", what, Env)
	}
}
