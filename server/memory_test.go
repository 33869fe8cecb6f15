package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir/internal/longtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxBody returns a /v1/check body of nearly limit bytes: the example
// release repeated (dense with names, so that the check does as much work
// per byte as a release can).
func maxBody(t testing.TB, limit int) []byte {
	text := readFile(t, exampleRelease)
	one, err := json.Marshal(string(text))
	require.NoError(t, err)
	per := len(one) - 2 // the copy's length in JSON, escapes included
	body, err := json.Marshal(map[string]string{"text": strings.Repeat(string(text), (limit-16)/per)})
	require.NoError(t, err)
	require.LessOrEqual(t, len(body), limit)
	return body
}

// heapPeak samples the heap (live and not yet collected objects) until
// stop is closed and returns the highest value seen.
func heapPeak(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-stop:
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// request is one request a client sends.
type request struct {
	path, ctype string
	body        []byte
}

// pageRequest is the page's check form with text of nearly limit bytes.
func pageRequest(t testing.TB, limit int) request {
	text := readFile(t, exampleRelease)
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	w, err := mw.CreateFormField("text")
	require.NoError(t, err)
	_, err = w.Write(bytes.Repeat(text, (limit-512)/len(text)))
	require.NoError(t, err)
	require.NoError(t, mw.Close())
	require.LessOrEqual(t, b.Len(), limit)
	return request{"/", mw.FormDataContentType(), b.Bytes()}
}

// serveClients sends n concurrent requests to a real TCP server, client
// i sending reqs[i%len(reqs)], and returns the peak heap seen meanwhile
// and the heap before (after a collection).
func serveClients(t *testing.T, s *Server, n int, reqs ...request) (peak, base uint64) {
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n, MaxConnsPerHost: n}}
	defer client.CloseIdleConnections()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base = ms.HeapAlloc
	stop := make(chan struct{})
	peakc := heapPeak(stop)
	var wg sync.WaitGroup
	codes := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := reqs[i%len(reqs)]
			resp, err := client.Post(ts.URL+r.path, r.ctype, bytes.NewReader(r.body))
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes[i] = resp.StatusCode
		}()
	}
	wg.Wait()
	close(stop)
	peak = <-peakc
	for i, c := range codes {
		assert.Equal(t, 200, c, "client %d", i)
	}
	return peak, base
}

// perCheckFactor is the heap one check of a maximum-size body takes at its
// peak (its body, the decoded text, the checker's working memory, the
// report and its JSON, and the garbage not yet collected), as a multiple
// of the body: measured at 20 to 32 (it depends on when the collector
// runs) for a 2 MiB body of the example release repeated sent to the API,
// 25 sent to the page (TestMemoryBound64Clients logs both); 40 leaves room
// for the collector's timing.
const perCheckFactor = 40

// memoryBound is the bound docs/guarantees.md states for the heap: twice
// (the collector's default GOGC=100 lets the heap grow to twice what was
// live at the last collection) the heap before (the checkers and the
// process), the bodies held (at most MaxPending), and the checks in their
// slots.
func memoryBound(base uint64, pending, slots int, maxBody int64) uint64 {
	return 2 * (base + uint64(pending)*uint64(maxBody) + uint64(slots)*perCheckFactor*uint64(maxBody))
}

// TestMemoryBound64Clients measures the heap under 64 concurrent clients,
// each sending a body of the maximum size (2 MiB) to a real TCP server
// with 2 check slots, half of them to the API, half to the page (whose
// answer, the report as HTML, is the larger), and holds its peak to
// memoryBound. Run:
//
//	NAZIR_LONG_TESTS=1 go test -run TestMemoryBound64Clients -v ./server
func TestMemoryBound64Clients(t *testing.T) {
	longtest.Skip(t, "64 clients sending 2 MiB each, about 100 s")
	if raceEnabled {
		t.Skip("the race detector's shadow memory is not the server's")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	const clients, slots = 64, 2
	limit := DefaultMaxBodyBytes
	body := maxBody(t, limit)
	s := newServer(t, Config{MaxBodyBytes: int64(limit), MaxChecks: slots, QueueTimeout: 10 * time.Minute,
		ReadTimeout: 10 * time.Minute, WriteTimeout: 10 * time.Minute})

	api := request{"/v1/check", "application/json", body}
	page := pageRequest(t, limit)
	mb := func(b uint64) string { return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64) + " MiB" }
	for _, r := range []request{api, page} {
		one, base1 := serveClients(t, s, 1, r)
		factor := float64(one-base1) / float64(len(r.body))
		t.Logf("POST %s, body %s: heap before %s, peak %s (%.1f × the body above the heap before)", r.path, mb(uint64(len(r.body))), mb(base1), mb(one), factor)
		assert.LessOrEqual(t, factor, float64(perCheckFactor), "one check of %s stays within perCheckFactor", r.path)
	}
	all, base := serveClients(t, s, clients, api, page)
	bound := memoryBound(base, min(clients, s.cfg.MaxPending), slots, int64(limit))
	t.Logf("%d clients (half the API, half the page), %d check slots: heap before %s, peak %s; bound %s", clients, slots, mb(base), mb(all), mb(bound))
	assert.LessOrEqual(t, all, bound, "the peak heap stays within memoryBound")
}
