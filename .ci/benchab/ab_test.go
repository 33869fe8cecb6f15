//go:build linux

// Package benchab is bench-ab's harness (see .ci/bench-ab, which copies it
// into a temporary module beside the old revision's packages): it builds
// the old and the new checker in one process and checks the same releases
// with each in alternation, so that both meet the same machine load, the
// same heap and the same caches.
package benchab

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"unsafe"

	newn "github.com/nazir-nlp/nazir"
	oldn "github.com/nazir-nlp/nazir/zzold"
)

// cpu is the CPU time the process has used (CLOCK_PROCESS_CPUTIME_ID): it
// counts the collector's workers on other threads too, so a build that
// allocates less is seen to cost less.
func cpu() int64 {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 2, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic(e)
	}
	return ts.Nano()
}

func env(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func median(a []float64) float64 {
	b := slices.Clone(a)
	slices.Sort(b)
	if len(b)%2 == 1 {
		return b[len(b)/2]
	}
	return (b[len(b)/2-1] + b[len(b)/2]) / 2
}

func quartiles(a []float64) (q1, q3 float64) {
	b := slices.Clone(a)
	slices.Sort(b)
	return b[len(b)/4], b[(3*len(b))/4]
}

func TestAB(t *testing.T) {
	oc, err := oldn.NewChecker()
	if err != nil {
		t.Fatal(err)
	}
	nc, err := newn.NewChecker()
	if err != nil {
		t.Fatal(err)
	}
	oldCheck := func(d []byte) {
		if _, err := oc.Check(d); err != nil {
			t.Fatal(err)
		}
	}
	newCheck := func(d []byte) {
		if _, err := nc.Check(d); err != nil {
			t.Fatal(err)
		}
	}
	var docs [][]byte
	total := 0
	for _, dir := range filepath.SplitList(os.Getenv("AB_DIRS")) {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, b)
			total += len(b)
		}
	}
	if len(docs) == 0 {
		t.Fatal("no releases in AB_DIRS")
	}
	ex, err := os.ReadFile(os.Getenv("AB_EXAMPLE"))
	if err != nil {
		t.Fatal(err)
	}
	rounds := env("AB_ROUNDS", 20)
	runtime.LockOSThread()
	debug.SetGCPercent(100)
	for range 2 { // warm both
		for _, d := range docs {
			oldCheck(d)
			newCheck(d)
		}
	}
	// pair checks d n times with each build, the new build first when
	// newFirst, and returns the CPU time of each build's n checks.
	pair := func(d []byte, n int, newFirst bool) (old, new float64) {
		first, second := oldCheck, newCheck
		if newFirst {
			first, second = newCheck, oldCheck
		}
		s := cpu()
		for range n {
			first(d)
		}
		m := cpu()
		for range n {
			second(d)
		}
		e := cpu()
		if newFirst {
			return float64(e - m), float64(m - s)
		}
		return float64(m - s), float64(e - m)
	}
	var bq, eq []float64 // the per-round ratios new/old
	var ko, kn []float64 // the example's blocks, each build's CPU time per check
	// each release's CPU time per build, by round
	po, pn := make([][]float64, len(docs)), make([][]float64, len(docs))
	const block, blocks = 5, 10
	for r := range rounds {
		// The batch: every release once with each build, next to each
		// other, the build that goes first alternating.
		var to, tn float64
		for i, d := range docs {
			o, n := pair(d, 1, (i+r)%2 == 1)
			po[i], pn[i] = append(po[i], o), append(pn[i], n)
			to, tn = to+o, tn+n
		}
		bq = append(bq, tn/to)
		// The example: blocks of checks, the build that goes first
		// alternating.
		var xo, xn float64
		for k := range blocks {
			o, n := pair(ex, block, (k+r)%2 == 1)
			ko, kn = append(ko, o/block), append(kn, n/block)
			xo, xn = xo+o, xn+n
		}
		eq = append(eq, xn/xo)
	}
	// A pass of each build's per-release medians: a check slowed by the
	// machine (another program run in its place, the collector) counts
	// for one round of one release, not for the whole round's pass.
	var mo, mn float64
	for i := range docs {
		mo += median(po[i])
		mn += median(pn[i])
	}
	mbs := func(ns float64) float64 { return float64(total) / ns * 1e3 }
	bq1, bq3 := quartiles(bq)
	eq1, eq3 := quartiles(eq)
	fmt.Printf("batch   (%d releases, %d bytes): old %.2f ms (%.1f MB/s), new %.2f ms (%.1f MB/s) CPU per pass; new/old %.3f; per round %.3f (q1-q3 %.3f-%.3f)\n",
		len(docs), total, mo/1e6, mbs(mo), mn/1e6, mbs(mn), mn/mo, median(bq), bq1, bq3)
	fmt.Printf("example (%d bytes): old %.1f µs, new %.1f µs CPU per check; new/old %.3f; per round %.3f (q1-q3 %.3f-%.3f)\n",
		len(ex), median(ko)/1e3, median(kn)/1e3, median(kn)/median(ko), median(eq), eq1, eq3)
}
