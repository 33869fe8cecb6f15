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
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/server"
)

// serveFlags are nazir serve's flags.
type serveFlags struct {
	addr     string
	checker  checkerFlags // --gazetteer, --rules, --min-confidence, --lang
	config   string       // --config FILE: instead of the .nazir.yaml found from the current folder upward
	noConfig bool
	origins  stringList
	cfg      server.Config
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
	fs.Var(&sf.checker.gazetteers, "gazetteer", "gazetteer overlay `FILE` merged over the embedded one (repeatable)")
	fs.Var(&sf.checker.rules, "rules", "rules `FILE` merged over the embedded rules (repeatable)")
	fs.Float64Var(&sf.checker.minConfidence, "min-confidence", defaultMinConfidence, "drop findings below this confidence (0-1); requests may ask for more, not less")
	fs.StringVar(&sf.checker.lang, "lang", "ar", "language of the findings' messages for API requests that name none: ar (Arabic) or en (English)")
	fs.StringVar(&sf.config, "config", "", "settings `FILE`, instead of the "+configName+" found from the current folder upward")
	fs.BoolVar(&sf.noConfig, "no-config", false, "use no "+configName+" file")
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
		fmt.Fprintln(w, "Settings come from the flags, then from the "+configName+" nearest to the current folder (as check")
		fmt.Fprintln(w, "reads it for standard input): lang, min-confidence, gazetteer, rules and accept (fail-on does not apply).")
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
		fmt.Fprintln(w, "\nExit codes:")
		fmt.Fprintln(w, "  0  stopped by SIGINT or SIGTERM, every request finished")
		fmt.Fprintln(w, "  2  usage error, a settings, gazetteer or rules file that does not load, an address it cannot listen on,")
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
	if !(sf.checker.minConfidence >= 0 && sf.checker.minConfidence <= 1) { // NaN too
		return fail("--min-confidence %v: want a number from 0 to 1", sf.checker.minConfidence)
	}
	if _, err := i18n.Parse(sf.checker.lang); err != nil {
		return fail("--lang %s: want ar or en", sf.checker.lang)
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
	// The settings file, read as check reads it for standard input: the
	// flags win over it, it wins over the defaults.
	cfg, err := fixedConfig(sf.config, sf.noConfig)
	if err == nil && cfg == nil {
		cfg, err = dirConfig(".")
	}
	if err != nil {
		return fail("%v", err)
	}
	explicit := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
	cf := cfg.over(sf.checker, explicit)
	cf.maxBytes = int(sf.cfg.MaxBodyBytes)
	// One checker per language of the findings' messages: Arabic and
	// English.
	var checkers [2]*consistency.Checker
	for i, lang := range []string{"ar", "en"} {
		c := cf
		c.lang = lang
		if checkers[i], err = cfg.checker(c); err != nil {
			return fail("%v", err)
		}
	}
	sf.cfg.Checker, sf.cfg.EnglishChecker, sf.cfg.MinConfidence = checkers[0], checkers[1], cf.minConfidence
	sf.cfg.Language = cf.lang
	if len(cfg.Accept) > 0 {
		// A request is a text with no file name: the accept rules that
		// name files do not apply, as for standard input in check.
		sf.cfg.Accepted = func(f *finding.Finding, fp string) bool { return cfg.accepts("-", f, fp) }
	}
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
	if cfg.path != "" {
		fmt.Fprintf(stderr, "nazir serve: settings from %s\n", cfg.path)
	}
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
