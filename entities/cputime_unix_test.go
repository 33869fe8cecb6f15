//go:build unix

package entities

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user + system) the process has used so far; on
// a busy machine CPU time per op is steadier than wall time.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
