package server

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// Defaults of Config.
const (
	// DefaultMaxBodyBytes is the largest request body accepted: 2 MiB,
	// about 400 releases the size of a long readout, or a saved news page
	// with its scripts and styles inline.
	DefaultMaxBodyBytes = 2 << 20
	// DefaultQueueTimeout is how long a request waits for a place among
	// the pending requests, then for a free check slot, before it is
	// refused with 503.
	DefaultQueueTimeout = 2 * time.Second
	// DefaultReadTimeout bounds reading a whole request, body included.
	DefaultReadTimeout = 30 * time.Second
	// DefaultWriteTimeout bounds a request from the end of its headers to
	// the end of its response (queueing and checking included).
	DefaultWriteTimeout = 60 * time.Second
	// DefaultIdleTimeout closes a kept-alive connection idle this long.
	DefaultIdleTimeout = 120 * time.Second
	// DefaultShutdownTimeout is how long Serve waits for requests in
	// flight once its context is done.
	DefaultShutdownTimeout = 15 * time.Second
	// DefaultMaxPending is how many requests may hold their bodies at
	// once.
	DefaultMaxPending = 64
	// MaxHeaderBytes bounds a request's header block.
	MaxHeaderBytes = 64 << 10
)

// Config sets a Server's limits. The zero value of each field means its
// default.
type Config struct {
	// Checker checks every request; it is built once and shared (a
	// Checker is safe for concurrent use). Its findings' messages are in
	// its Options.Language, the API's default language and the Arabic
	// page's: build it with Language "" or "ar". Required.
	Checker *consistency.Checker
	// EnglishChecker, if not nil, checks the requests that ask for English
	// messages (the API's "language": "en", the English page): build it
	// as Checker, with Options.Language "en". Without it, such API
	// requests are refused and the English page shows Arabic messages.
	EnglishChecker *consistency.Checker
	// Language is the language of the findings' messages for the API
	// requests that name none: "" or "ar" (Arabic, Checker's), or "en"
	// (English: EnglishChecker's, which it then requires). The page's
	// language is the page's own choice.
	Language string
	// Accepted, if not nil, reports the findings the newsroom accepts as
	// intended (the accept rules of nazir's settings file): they are
	// dropped from every report, the API's and the page's, as `nazir
	// check` drops them. fingerprint is the finding's baseline.Fingerprint
	// in the checked text (a web page's text, for HTML). It is called
	// from many requests at once.
	Accepted func(f *finding.Finding, fingerprint string) bool
	// MinConfidence is the Options.MinConfidence the checkers were built
	// with: requests get it by default and may ask only for a higher one
	// (the checkers have dropped the findings below it).
	MinConfidence float64
	// MaxBodyBytes refuses larger request bodies with 413
	// (DefaultMaxBodyBytes). A text or page in a request is at most this
	// long.
	MaxBodyBytes int64
	// MaxChecks is how many requests are checked (and their responses
	// written) at once (runtime.GOMAXPROCS(0)).
	MaxChecks int
	// MaxPending bounds the requests whose bodies are in memory at once:
	// read and waiting for a check slot, or being checked
	// (DefaultMaxPending; raised to MaxChecks if lower). A request past
	// it waits, before reading its body, as for a check slot. With
	// MaxBodyBytes and MaxChecks it bounds the server's memory whatever
	// the number of clients (see the package doc).
	MaxPending int
	// QueueTimeout is how long a request waits for a place among the
	// MaxPending, then again for one of the MaxChecks slots, before it
	// gets 503 with Retry-After (DefaultQueueTimeout). A negative value
	// refuses at once when every place or slot is taken.
	QueueTimeout time.Duration
	// ReadTimeout, WriteTimeout and IdleTimeout are http.Server's
	// (DefaultReadTimeout, DefaultWriteTimeout, DefaultIdleTimeout); Serve
	// sets them, and ReadHeaderTimeout to min(ReadTimeout, 10 s).
	ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout bounds how long Serve lets requests in flight finish
	// after its context is done (DefaultShutdownTimeout).
	ShutdownTimeout time.Duration
	// ErrorLog receives server errors (a checker failure, a failed
	// write); nil: the standard logger.
	ErrorLog *log.Logger
	// AllowOrigins lists the origins whose web pages may call the API
	// from a browser (CORS: a CMS's editor in another origin), such as
	// "https://cms.example.org", or "*" for any. Empty: none. The page
	// itself never needs it.
	AllowOrigins []string
}

// Server is nazir's HTTP server: the web page and the JSON API. It is an
// http.Handler; Serve runs it on a listener with its timeouts and shuts it
// down gracefully. A Server is safe for concurrent use.
type Server struct {
	cfg     Config
	slots   chan struct{} // a buffered slot per concurrent check
	pending chan struct{} // a place per request holding its body
	log     *log.Logger
	bufs    sync.Pool // *[]byte response buffers
	ui      [2]*ui    // the page's words, by i18n.Lang
}

// New returns a Server for cfg, with defaults filled in. It fails when cfg
// has no Checker or a negative limit.
func New(cfg Config) (*Server, error) {
	if cfg.Checker == nil {
		return nil, errors.New("server: Config.Checker is required")
	}
	for _, o := range cfg.AllowOrigins {
		if err := checkOrigin(o); err != nil {
			return nil, fmt.Errorf("server: Config.AllowOrigins: %w", err)
		}
	}
	switch cfg.Language {
	case "", "ar":
	case "en":
		if cfg.EnglishChecker == nil {
			return nil, errors.New(`server: Config.Language "en" needs an EnglishChecker`)
		}
	default:
		return nil, fmt.Errorf("server: Config.Language %q: want \"ar\" or \"en\"", cfg.Language)
	}
	if !(cfg.MinConfidence >= 0 && cfg.MinConfidence <= 1) { // NaN too
		return nil, fmt.Errorf("server: Config.MinConfidence %v: want a number from 0 to 1", cfg.MinConfidence)
	}
	for _, l := range []struct {
		name string
		v    int64
	}{
		{"MaxBodyBytes", cfg.MaxBodyBytes}, {"MaxChecks", int64(cfg.MaxChecks)}, {"MaxPending", int64(cfg.MaxPending)},
		{"ReadTimeout", int64(cfg.ReadTimeout)}, {"WriteTimeout", int64(cfg.WriteTimeout)},
		{"IdleTimeout", int64(cfg.IdleTimeout)}, {"ShutdownTimeout", int64(cfg.ShutdownTimeout)},
	} {
		if l.v < 0 {
			return nil, fmt.Errorf("server: Config.%s is negative (%d)", l.name, l.v)
		}
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxChecks == 0 {
		cfg.MaxChecks = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxPending == 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	cfg.MaxPending = max(cfg.MaxPending, cfg.MaxChecks)
	if cfg.QueueTimeout == 0 {
		cfg.QueueTimeout = DefaultQueueTimeout
	}
	if cfg.ReadTimeout == 0 {
		cfg.ReadTimeout = DefaultReadTimeout
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = DefaultWriteTimeout
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	lg := cfg.ErrorLog
	if lg == nil {
		lg = log.Default()
	}
	return &Server{cfg: cfg, slots: make(chan struct{}, cfg.MaxChecks), pending: make(chan struct{}, cfg.MaxPending), log: lg,
		ui: [2]*ui{i18n.Arabic: newUI(i18n.Arabic), i18n.English: newUI(i18n.English)}}, nil
}

// Config returns the server's configuration with its defaults filled in.
func (s *Server) Config() Config { return s.cfg }

// ServeHTTP routes a request: GET / and POST / (the page), POST /v1/check,
// POST /v1/fix, GET /healthz.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" && s.cors(w, r) {
		return // a preflight request, answered
	}
	switch r.URL.Path {
	case "/":
		s.servePage(w, r)
	case "/v1/check":
		s.serveAPI(w, r, s.apiCheck)
	case "/v1/fix":
		s.serveAPI(w, r, s.apiFix)
	case "/healthz":
		s.serveHealth(w, r)
	default:
		writeError(w, &apiError{status: http.StatusNotFound, code: "not_found",
			msg: "no such endpoint: " + strconv.Quote(r.URL.Path) + " (the API is POST /v1/check, POST /v1/fix, GET /healthz)"})
	}
}

// Serve serves HTTP on ln until ctx is done, then shuts down gracefully:
// it stops accepting connections, lets the requests in flight finish
// within ShutdownTimeout (closing what is left after it) and returns. It
// returns nil after a graceful shutdown, an error when the listener fails
// or requests were still running at the deadline.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: min(s.cfg.ReadTimeout, 10*time.Second),
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          s.log,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc // http.ErrServerClosed once Shutdown has begun
	if err != nil {
		hs.Close()
		return fmt.Errorf("server: shutting down: requests still running after %v: %w", s.cfg.ShutdownTimeout, err)
	}
	return nil
}

// errBusy: every check slot (or place for a pending request) stayed
// taken for QueueTimeout.
var errBusy = errors.New("busy")

// wait takes a place in sem, waiting up to QueueTimeout.
func (s *Server) wait(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	if s.cfg.QueueTimeout < 0 {
		return errBusy
	}
	t := time.NewTimer(s.cfg.QueueTimeout)
	defer t.Stop()
	select {
	case sem <- struct{}{}:
		return nil
	case <-t.C:
		return errBusy
	case <-ctx.Done():
		return ctx.Err()
	}
}

// acquire takes a check slot; release gives it back.
func (s *Server) acquire(ctx context.Context) error { return s.wait(ctx, s.slots) }
func (s *Server) release()                          { <-s.slots }

// admit takes a place for a request about to read its body; leave gives
// it back once the response is written.
func (s *Server) admit(ctx context.Context) error { return s.wait(ctx, s.pending) }
func (s *Server) leave()                          { <-s.pending }

// busyError is the 503 of a request that found no free check slot
// (pending false) or no place to hold its body (pending true).
func (s *Server) busyError(pending bool) *apiError {
	what := fmt.Sprintf("all %d check slots", s.cfg.MaxChecks)
	if pending {
		what = fmt.Sprintf("all %d places for requests waiting to be checked", s.cfg.MaxPending)
	}
	return &apiError{status: http.StatusServiceUnavailable, code: "busy",
		msg:        fmt.Sprintf("%s stayed busy for %v; try again shortly", what, s.cfg.QueueTimeout),
		retryAfter: 1}
}

// safeCheck is Checker.Check with a panic (a checker bug: it must never
// panic on input) turned into an error, so that one request fails, not the
// server; the findings Config.Accepted accepts are dropped.
func (s *Server) safeCheck(c *consistency.Checker, text []byte) (rep *finding.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			rep, err = nil, fmt.Errorf("%w: %v", errInternal, p)
		}
	}()
	rep, err = c.Check(text)
	if err == nil && s.cfg.Accepted != nil && len(rep.Findings) > 0 {
		kept := rep.Findings[:0:0]
		for i := range rep.Findings {
			if f := &rep.Findings[i]; !s.cfg.Accepted(f, baseline.Fingerprint(text, f)) {
				kept = append(kept, *f)
			}
		}
		rep.Findings = kept
	}
	return rep, err
}

// checker returns the checker of a language: English's if there is one,
// else the default.
func (s *Server) checker(l i18n.Lang) *consistency.Checker {
	if l == i18n.English && s.cfg.EnglishChecker != nil {
		return s.cfg.EnglishChecker
	}
	return s.cfg.Checker
}

// errInternal marks a checker failure (a bug).
var errInternal = errors.New("internal error")

// checkOrigin accepts "*" or an origin: scheme http or https, a host, no
// path, query or fragment.
func checkOrigin(o string) error {
	if o == "*" {
		return nil
	}
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("%q: want an origin such as https://cms.example.org, or *", o)
	}
	return nil
}

// cors adds the CORS headers for an allowed origin and answers a
// preflight request (reporting true). A request from an origin not
// allowed gets no CORS header, so the browser keeps the answer from the
// calling page.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(s.cfg.AllowOrigins) == 0 {
		return false
	}
	allow := ""
	for _, o := range s.cfg.AllowOrigins {
		if o == "*" {
			allow = "*"
			break
		}
		if strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
			allow = origin
		}
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	if allow == "" {
		return false
	}
	h.Set("Access-Control-Allow-Origin", allow)
	h.Set("Access-Control-Expose-Headers", "Retry-After")
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		return false
	}
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return true
}
