// Command pipeline is an example pipeline stage: release paths come in on a
// channel, N workers check them with one shared Checker (a Checker is
// immutable and safe for concurrent use), and the results go out on a
// channel in input order, whatever order the workers finish in.
//
//	go run ./examples/pipeline -j 4 testdata/releases/*.txt
//
// Each result prints as one line: path, participants, findings by kind.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// Result is the outcome of checking one input.
type Result struct {
	Seq    int // position in the input stream, from 0
	Path   string
	Report *consistency.Report
	Err    error
}

// Check reads paths from in and sends one Result per path on the returned
// channel, in the order the paths arrived, checking up to workers of them
// at a time. The channel is closed when in is closed and every result is
// sent, or when ctx is done (then the remaining results are dropped).
func Check(ctx context.Context, c *consistency.Checker, in <-chan string, workers int) <-chan Result {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		seq  int
		path string
	}
	jobs := make(chan job)
	done := make(chan Result, workers)
	out := make(chan Result)

	// Number the inputs.
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			var p string
			select {
			case q, ok := <-in:
				if !ok {
					return
				}
				p = q
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq, p}:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Workers share the Checker.
	finished := make(chan struct{})
	for range workers {
		go func() {
			defer func() { finished <- struct{}{} }()
			for j := range jobs {
				r := Result{Seq: j.seq, Path: j.path}
				r.Report, r.Err = checkFile(c, j.path)
				select {
				case done <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		for range workers {
			<-finished
		}
		close(done)
	}()

	// Reorder: hold results that arrive early until their turn.
	go func() {
		defer close(out)
		pending := map[int]Result{}
		next := 0
		for r := range done {
			if ctx.Err() != nil {
				continue // drain: the workers are stopping
			}
			pending[r.Seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				select {
				case out <- r:
				case <-ctx.Done():
					for range done { // let the workers finish
					}
					return
				}
				next++
			}
		}
	}()
	return out
}

func checkFile(c *consistency.Checker, path string) (*consistency.Report, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rep, err := c.Check(text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rep.File = path
	return rep, nil
}

// line summarises one result.
func line(r Result) string {
	if r.Err != nil {
		return fmt.Sprintf("%s\terror: %v", r.Path, r.Err)
	}
	var ps []string
	for _, p := range r.Report.Participants {
		ps = append(ps, p.ID)
	}
	sort.Strings(ps)
	kinds := map[string]int{}
	for _, f := range r.Report.Findings {
		kinds[string(f.Kind)]++
	}
	var ks []string
	for k, n := range kinds {
		ks = append(ks, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(ks)
	if len(ks) == 0 {
		ks = []string{"ok"}
	}
	return fmt.Sprintf("%s\t%s\t%s", r.Path, strings.Join(ps, ","), strings.Join(ks, " "))
}

// run feeds paths into the stage and prints its results; it returns the
// number of inputs that could not be checked.
func run(ctx context.Context, w io.Writer, c *consistency.Checker, paths []string, workers int) int {
	in := make(chan string)
	go func() {
		defer close(in)
		for _, p := range paths {
			select {
			case in <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	failed := 0
	for r := range Check(ctx, c, in, workers) {
		if r.Err != nil {
			failed++
		}
		fmt.Fprintln(w, line(r))
	}
	return failed
}

func main() {
	workers := flag.Int("j", runtime.NumCPU(), "check this many releases at a time")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: pipeline [-j N] RELEASE...")
		os.Exit(2)
	}
	c, err := nazir.NewChecker()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(2)
	}
	if run(context.Background(), os.Stdout, c, flag.Args(), *workers) > 0 {
		os.Exit(2)
	}
}
