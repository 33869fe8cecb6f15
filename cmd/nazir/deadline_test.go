package main

import (
	"strings"
	"testing"
	"time"
)

// generous is the deadline of the tests that guard against hangs and
// quadratic paths: far above what the linear code takes (seconds), far
// below what the quadratic code took (minutes to hours). A bound, not a
// timing assertion.
const generous = 3 * time.Minute

// within runs f and fails the test if it has not returned after d (f is
// left running: a hung f cannot be stopped, but the test fails instead of
// hanging with it).
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("did not finish within %v", d)
	}
}

// repeatTo repeats unit to about n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}
