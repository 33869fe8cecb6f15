package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a progress bar with the rate on a terminal; it does
// nothing when the writer is not a terminal (a file, a pipe, a test buffer)
// or when there is a single input.
type progress struct {
	w       io.Writer
	on      bool
	total   int
	done    int
	start   time.Time
	last    time.Time
	visible bool
}

func newProgress(w io.Writer, total int) *progress {
	if cw, ok := w.(*controlWriter); ok { // the bar's own \r and ESC [K go through
		w = cw.w
	}
	return &progress{w: w, on: total > 1 && isTerminal(w), total: total, start: time.Now()}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) step() {
	p.done++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && p.done < p.total {
		return
	}
	p.last = now
	const width = 30
	filled := width * p.done / p.total
	rate := float64(p.done) / max(now.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files %.0f files/s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), p.done, p.total, rate)
	p.visible = true
}

// clear removes the bar before other output goes to the terminal.
func (p *progress) clear() {
	if p.visible {
		fmt.Fprint(p.w, "\r\033[K")
		p.visible = false
	}
}
