package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/server"
)

// serveFlags are nazir serve's flags.
type serveFlags struct {
	addr          string
	gazetteers    stringList
	rules         stringList
	minConfidence float64
	origins       stringList
	cfg           server.Config
}

func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return serve(context.Background(), args, stdout, stderr, nil)
}

// serve runs the server until SIGINT or SIGTERM (or ctx) ends it; ready,
// if not nil, receives the listening address. Help goes to stdout, the
// log to stderr.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer, ready chan<- string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf serveFlags
	fs.StringVar(&sf.addr, "addr", "localhost:8080", "listen on `HOST:PORT` (port 0: any free port)")
	fs.Var(&sf.gazetteers, "gazetteer", "gazetteer overlay `FILE` merged over the embedded one (repeatable)")
	fs.Var(&sf.rules, "rules", "rules `FILE` merged over the embedded rules (repeatable)")
	fs.Float64Var(&sf.minConfidence, "min-confidence", defaultMinConfidence, "drop findings below this confidence (0-1); requests may ask for more, not less")
	fs.Int64Var(&sf.cfg.MaxBodyBytes, "max-body", server.DefaultMaxBodyBytes, "refuse request bodies larger than this many `bytes` (413)")
	fs.IntVar(&sf.cfg.MaxChecks, "max-checks", runtime.GOMAXPROCS(0), "check at most `N` requests at once")
	fs.IntVar(&sf.cfg.MaxPending, "max-pending", server.DefaultMaxPending, "hold at most `N` request bodies at once (waiting or being checked); more requests wait before reading theirs")
	fs.DurationVar(&sf.cfg.QueueTimeout, "queue-timeout", server.DefaultQueueTimeout, "a request waits this long for a free check before 503 (0: do not wait)")
	fs.DurationVar(&sf.cfg.ReadTimeout, "read-timeout", server.DefaultReadTimeout, "time limit for reading a request, body included")
	fs.DurationVar(&sf.cfg.WriteTimeout, "write-timeout", server.DefaultWriteTimeout, "time limit from a request's headers to the end of its response")
	fs.DurationVar(&sf.cfg.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "close kept-alive connections idle this long")
	fs.Var(&sf.origins, "allow-origin", "let web pages of this `ORIGIN` (https://cms.example.org, or * for any) call the API from a browser (CORS; repeatable)")
	fs.DurationVar(&sf.cfg.ShutdownTimeout, "shutdown-timeout", server.DefaultShutdownTimeout, "on SIGINT or SIGTERM, let requests in flight finish for this long")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "usage: nazir serve [--addr HOST:PORT] [flags]")
		fmt.Fprintln(w, "Serves the web page (GET /) and the JSON API (POST /v1/check, POST /v1/fix, GET /healthz).")
		fmt.Fprintln(w, "SIGINT or SIGTERM stops it gracefully: requests in flight finish, within --shutdown-timeout.")
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
		fmt.Fprintln(w, "\nExit codes:")
		fmt.Fprintln(w, "  0  stopped by SIGINT or SIGTERM, every request finished")
		fmt.Fprintln(w, "  2  usage error, a gazetteer or rules file that does not load, an address it cannot listen on,")
		fmt.Fprintln(w, "     or requests still running at the end of --shutdown-timeout")
	}
	rest, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "nazir serve: "+format+"\n", a...)
		return exitUsage
	}
	if len(rest) > 0 {
		return fail("unexpected argument %q (serve takes flags only)", rest[0])
	}
	if !(sf.minConfidence >= 0 && sf.minConfidence <= 1) { // NaN too
		return fail("--min-confidence %v: want a number from 0 to 1", sf.minConfidence)
	}
	for _, l := range []struct {
		name string
		bad  bool
	}{
		{"--max-body", sf.cfg.MaxBodyBytes <= 0}, {"--max-checks", sf.cfg.MaxChecks <= 0}, {"--max-pending", sf.cfg.MaxPending <= 0},
		{"--read-timeout", sf.cfg.ReadTimeout <= 0}, {"--write-timeout", sf.cfg.WriteTimeout <= 0},
		{"--idle-timeout", sf.cfg.IdleTimeout <= 0}, {"--shutdown-timeout", sf.cfg.ShutdownTimeout <= 0},
	} {
		if l.bad {
			return fail("%s: want a positive value", l.name)
		}
	}
	if sf.cfg.QueueTimeout == 0 {
		sf.cfg.QueueTimeout = -1 // 0 on the command line: do not wait
	}
	// One checker per language of the findings' messages: Arabic (the
	// default) and English.
	var checkers [2]*consistency.Checker
	for i, lang := range []string{"ar", "en"} {
		opts := []nazir.Option{nazir.WithOptions(consistency.Options{MaxBytes: int(sf.cfg.MaxBodyBytes), MinConfidence: sf.minConfidence, Language: lang})}
		for _, g := range sf.gazetteers {
			opts = append(opts, nazir.WithGazetteerFile(g))
		}
		for _, r := range sf.rules {
			opts = append(opts, nazir.WithRulesFile(r))
		}
		c, err := nazir.NewChecker(opts...)
		if err != nil {
			return fail("%v", err)
		}
		checkers[i] = c
	}
	sf.cfg.Checker, sf.cfg.EnglishChecker, sf.cfg.MinConfidence = checkers[0], checkers[1], sf.minConfidence
	sf.cfg.ErrorLog = log.New(stderr, "", log.LstdFlags)
	sf.cfg.AllowOrigins = sf.origins
	srv, err := server.New(sf.cfg)
	if err != nil {
		return fail("%v", err)
	}
	ln, err := net.Listen("tcp", sf.addr)
	if err != nil {
		return fail("%v", err)
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { // a second signal, after the first began the shutdown, ends the process
		<-ctx.Done()
		stop()
	}()
	fmt.Fprintf(stderr, "nazir serve: listening on http://%s/ (nazir %s; SIGINT or SIGTERM stops it)\n", ln.Addr(), nazir.Version)
	if ready != nil {
		ready <- ln.Addr().String()
	}
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "nazir serve: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(stderr, "nazir serve: stopped")
	return exitOK
}
