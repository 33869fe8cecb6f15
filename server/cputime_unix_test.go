//go:build unix

package server

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user + system) the process has used so far. On a
// busy machine a benchmark's wall time per op overstates its cost; CPU time
// per op is what one core spends.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
