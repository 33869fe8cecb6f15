package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/nazir-nlp/nazir/report"
)

// The server's speed, against the library's in the same run. Each op is
// one check of the example release (5 KB); checks/s is wall time,
// cpu-checks/s is checks per second of one core's CPU time (user and
// system, the collector included), which is what "per core" means and
// what a busy machine does not distort. Run:
//
//	go test ./server -run '^$' -bench 'Library|Handler' -benchmem

// reportRate reports checks/s and, where CPU time is measured,
// cpu-checks/s.
func reportRate(b *testing.B) func() {
	start, ok := cpuTime()
	return func() {
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "checks/s")
		if end, ok2 := cpuTime(); ok && ok2 && end > start {
			b.ReportMetric(float64(b.N)/(end-start).Seconds(), "cpu-checks/s")
		}
	}
}

// BenchmarkLibraryCheck is the in-process library: Checker.Check and the
// report's JSON, what /v1/check does without HTTP and JSON decoding.
func BenchmarkLibraryCheck(b *testing.B) {
	c, err := checkers()
	if err != nil {
		b.Fatal(err)
	}
	text := readFile(b, exampleRelease)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var out []byte
	jsonFormat, _ := report.LookupFormat("json")
	defer reportRate(b)()
	for b.Loop() {
		rep, err := c.Check(text)
		if err != nil {
			b.Fatal(err)
		}
		if out, err = jsonFormat.Append(out[:0], rep, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// discard is a ResponseWriter that keeps the status and drops the body, as
// net/http's own writer passes a response on to the connection without
// keeping it (an httptest.ResponseRecorder would grow a buffer per
// request and bill the server for it).
type discard struct {
	h      http.Header
	status int
	n      int
}

func (d *discard) Header() http.Header { return d.h }
func (d *discard) WriteHeader(s int) {
	if d.status == 0 {
		d.status = s
	}
}
func (d *discard) Write(p []byte) (int, error) {
	d.WriteHeader(http.StatusOK)
	d.n += len(p)
	return len(p), nil
}

// post sends a JSON body to path through s's handler (an httptest request,
// in-process, its response discarded) and returns the status.
func post(s *Server, path string, body []byte) int {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	w := &discard{h: http.Header{}}
	s.ServeHTTP(w, r)
	return w.status
}

// handlerSetup makes a server and the body of a request for the example
// release, and sets the benchmark's bytes (the body) and allocation report.
func handlerSetup(b *testing.B) (*Server, []byte) {
	s := newServer(b, Config{})
	body := []byte(jsonBody(b, map[string]string{"text": string(readFile(b, exampleRelease))}))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	return s, body
}

// benchPost posts the example release to path in a loop.
func benchPost(b *testing.B, path string) {
	s, body := handlerSetup(b)
	defer reportRate(b)()
	for b.Loop() {
		if st := post(s, path, body); st != http.StatusOK {
			b.Fatalf("status %d", st)
		}
	}
}

// BenchmarkHandlerCheck is POST /v1/check through the server's handler
// (an httptest request, in-process): the content-type check, reading the
// body, the check slot, strict JSON decoding, the check, the report's
// JSON with "version", the response.
func BenchmarkHandlerCheck(b *testing.B) {
	benchPost(b, "/v1/check")
}

// BenchmarkHandlerCheckParallel is BenchmarkHandlerCheck from GOMAXPROCS
// goroutines at once, through the check slots (MaxChecks = GOMAXPROCS).
func BenchmarkHandlerCheckParallel(b *testing.B) {
	s, body := handlerSetup(b)
	defer reportRate(b)()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if st := post(s, "/v1/check", body); st != http.StatusOK {
				b.Errorf("status %d", st)
				return
			}
		}
	})
}

// BenchmarkHandlerFix is POST /v1/fix (the default selection) through
// the handler.
func BenchmarkHandlerFix(b *testing.B) {
	benchPost(b, "/v1/fix")
}
