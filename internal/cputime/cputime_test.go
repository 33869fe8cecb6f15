package cputime

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProcessAdvances: on a Unix system the CPU time is known and grows
// with work; elsewhere it is reported as unknown.
func TestProcessAdvances(t *testing.T) {
	start, ok := Process()
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		assert.False(t, ok)
		return
	}
	require.True(t, ok)
	x := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		for i := range 10000 {
			x += i
		}
	}
	end, ok := Process()
	require.True(t, ok)
	assert.Greater(t, end, start, "work takes CPU time (%d)", x)
}

func ExampleProcess() {
	start, ok := Process()
	work := 0
	for i := range 1000 {
		work += i
	}
	if end, ok2 := Process(); ok && ok2 {
		_ = end - start // the CPU time the work took, to report per op
	}
	// Output:
}
