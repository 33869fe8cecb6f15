package main

import (
	"os"
	"os/signal"
	"syscall"
)

// holdInterrupts defers SIGINT and SIGTERM until the returned function is
// called; a signal that arrived in between is then re-raised with its
// default action (the process ends as if it had arrived then). Outside
// such a section the signals have their default action: `nazir check`
// stops at once, which is clean because it writes nothing but its output.
// Signals the process was started ignoring stay ignored.
func holdInterrupts() (release func()) {
	var held []os.Signal
	for _, s := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		if !signal.Ignored(s) {
			held = append(held, s)
		}
	}
	if len(held) == 0 {
		return func() {}
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, held...)
	return func() {
		signal.Stop(sig)
		select {
		case s := <-sig:
			signal.Reset(s)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				_ = p.Signal(s) // the default action ends the process
			}
		default:
		}
	}
}
