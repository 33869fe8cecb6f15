package consistency_test

import (
	"sync"
	"testing"
)

// readOnce holds what a fit test reads once per test binary (the rows of
// a scorer, drawn and read from many writers' texts, take seconds to
// minutes): the tests of one binary read the same value.
type readOnce[T any] struct {
	mu sync.Mutex
	v  T
	ok bool
}

// get returns the value read, reading it with read the first time.
func (c *readOnce[T]) get(t *testing.T, read func(*testing.T) T) T {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.ok {
		c.v = read(t)
		c.ok = true
	}
	return c.v
}
