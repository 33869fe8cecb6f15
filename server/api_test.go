package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const exampleRelease = "../testdata/releases/azerbaijan-2026-01-28.txt"
const cleanRelease = "../testdata/releases/own-clean-azerbaijan-china.txt"

// shortSlip is a two-sentence release with one country conflict.
const shortSlip = "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين. وقال وانغ إن الصين تقدر دعم الجانب الأفغاني."

// testCheckers builds the test checkers (Arabic and English messages)
// once per test binary (a Checker is immutable and safe to share).
var testCheckers = sync.OnceValue(func() (out struct {
	ar, en *consistency.Checker
	err    error
}) {
	opts := consistency.Options{MinConfidence: consistency.DefaultMinConfidence, MaxBytes: 4 << 20}
	if out.ar, out.err = nazir.NewChecker(nazir.WithOptions(opts)); out.err != nil {
		return out
	}
	opts.Language = "en"
	out.en, out.err = nazir.NewChecker(nazir.WithOptions(opts))
	return out
})

// checkers returns the Arabic checker.
func checkers() (*consistency.Checker, error) {
	c := testCheckers()
	return c.ar, c.err
}

// newServer returns a Server with the test checkers and cfg's limits.
func newServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	c := testCheckers()
	require.NoError(t, c.err)
	cfg.Checker, cfg.EnglishChecker, cfg.MinConfidence = c.ar, c.en, consistency.DefaultMinConfidence
	s, err := New(cfg)
	require.NoError(t, err)
	return s
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return b
}

// jsonBody encodes v as a request body.
func jsonBody(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// do sends one request to the handler and returns the response.
func do(s http.Handler, method, target, ctype, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// apiErr decodes an error response.
func apiErr(t *testing.T, w *httptest.ResponseRecorder) errorBody {
	t.Helper()
	var e errorBody
	require.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), "%s", w.Body.String())
	return e
}

// TestAPIBadInput: every kind of bad request gets a 4xx and a JSON error
// whose code and message name the cause.
func TestAPIBadInput(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 1000})
	const js = "application/json"
	long := jsonBody(t, map[string]string{"text": strings.Repeat("ب", 600)})
	cases := []struct {
		name, method, path, ctype, body string
		status                          int
		code, says                      string
	}{
		{"GET on the API", "GET", "/v1/check", "", "", 405, "method_not_allowed", "use POST"},
		{"PUT on fix", "PUT", "/v1/fix", js, `{"text":"x"}`, 405, "method_not_allowed", "use POST"},
		{"no content type", "POST", "/v1/check", "", `{"text":"x"}`, 415, "unsupported_media_type", "missing"},
		{"plain text", "POST", "/v1/check", "text/plain", "الجانب الأفغاني", 415, "unsupported_media_type", "not JSON"},
		{"form", "POST", "/v1/fix", "application/x-www-form-urlencoded", "text=x", 415, "unsupported_media_type", "not JSON"},
		{"latin-1 JSON", "POST", "/v1/check", "application/json; charset=iso-8859-1", `{"text":"x"}`, 415, "unsupported_media_type", "charset iso-8859-1"},
		{"bad media type", "POST", "/v1/check", "application/json; =", `{"text":"x"}`, 415, "unsupported_media_type", "Content-Type"},
		{"over the size limit", "POST", "/v1/check", js, long, 413, "too_large", "limit of 1000 bytes"},
		{"empty body", "POST", "/v1/check", js, "", 400, "empty_body", "empty"},
		{"white space body", "POST", "/v1/fix", js, " \n", 400, "empty_body", "empty"},
		{"not UTF-8", "POST", "/v1/check", js, "{\"text\":\"\xd8\xa7\xff\"}", 400, "invalid_utf8", "offset 11"},
		{"malformed JSON", "POST", "/v1/check", js, `{"text": "x",}`, 400, "invalid_json", "malformed JSON at byte"},
		{"truncated JSON", "POST", "/v1/check", js, `{"text": "x"`, 400, "invalid_json", "ends inside"},
		{"an array", "POST", "/v1/check", js, `["x"]`, 400, "invalid_json", "want an object"},
		{"text a number", "POST", "/v1/check", js, `{"text": 5}`, 400, "invalid_json", `"text" is a JSON number; want a string`},
		{"options a string", "POST", "/v1/check", js, `{"text": "x", "options": "html"}`, 400, "invalid_json", `"options" is a JSON string; want an object`},
		{"accept not a number or a string", "POST", "/v1/fix", js, `{"text": "x", "accept": [true]}`, 400, "invalid_json", `"accept" is a finding's index`},
		{"accept an empty fingerprint", "POST", "/v1/fix", js, `{"text": "x", "accept": [""]}`, 400, "invalid_json", "non-empty string"},
		{"accept not a list", "POST", "/v1/fix", js, `{"text": "x", "accept": 3}`, 400, "invalid_json", `"accept" is a JSON number; want an array`},
		{"trailing data", "POST", "/v1/check", js, `{"text": "x"} {}`, 400, "invalid_json", "data after the object"},
		{"unknown field", "POST", "/v1/check", js, `{"txt": "x"}`, 400, "unknown_field", `"txt"`},
		{"unknown option", "POST", "/v1/check", js, `{"text": "x", "options": {"lang": "ar"}}`, 400, "unknown_field", `"lang"`},
		{"accept on check", "POST", "/v1/check", js, `{"text": "x", "accept": [0]}`, 400, "unknown_field", `"accept"`},
		{"missing text", "POST", "/v1/check", js, `{"options": {}}`, 400, "missing_text", `no "text"`},
		{"null text", "POST", "/v1/fix", js, `{"text": null}`, 400, "missing_text", `no "text"`},
		{"empty text", "POST", "/v1/check", js, `{"text": ""}`, 400, "empty_text", "text is empty"},
		{"white space text", "POST", "/v1/fix", js, `{"text": " \n\t "}`, 400, "empty_text", "text is empty"},
		{"empty page", "POST", "/v1/check", js, `{"text": "<p> </p>", "options": {"input": "html"}}`, 400, "empty_text", "page's text is empty"},
		{"unknown language", "POST", "/v1/check", js, `{"text": "x", "options": {"language": "fr"}}`, 400, "invalid_option", `options.language "fr": want "ar" or "en"`},
		{"unknown input kind", "POST", "/v1/check", js, `{"text": "x", "options": {"input": "pdf"}}`, 400, "invalid_option", `options.input "pdf"`},
		{"confidence above 1", "POST", "/v1/check", js, `{"text": "x", "options": {"min_confidence": 1.5}}`, 400, "invalid_option", "options.min_confidence 1.5"},
		{"confidence below the floor", "POST", "/v1/check", js, `{"text": "x", "options": {"min_confidence": 0.1}}`, 400, "invalid_option", "floor"},
		{"accept out of range", "POST", "/v1/fix", js, `{"text": "` + shortSlip + `", "accept": [0, 7]}`, 400, "invalid_option", "accept[1]: no finding 7"},
		{"accept negative", "POST", "/v1/fix", js, `{"text": "x y", "accept": [-1]}`, 400, "invalid_option", "no finding -1"},
		{"unknown path", "GET", "/v2/check", "", "", 404, "not_found", `"/v2/check"`},
		{"POST on healthz", "POST", "/healthz", js, "{}", 405, "method_not_allowed", "use GET"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := do(s, c.method, c.path, c.ctype, c.body)
			require.Equal(t, c.status, w.Code, "%s", w.Body.String())
			e := apiErr(t, w)
			assert.Equal(t, c.status, e.Error.Status)
			assert.Equal(t, c.code, e.Error.Code)
			assert.Contains(t, e.Error.Message, c.says)
			if c.status == 405 {
				assert.NotEmpty(t, w.Header().Get("Allow"))
			}
		})
	}
}

// TestAPIBodyLimitWithoutLength: a chunked body (no Content-Length) is cut
// at the limit too.
func TestAPIBodyLimitWithoutLength(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 100})
	ts := httptest.NewServer(s)
	defer ts.Close()
	body := io.MultiReader(strings.NewReader(`{"text":"`), strings.NewReader(strings.Repeat("x", 500)), strings.NewReader(`"}`))
	req, err := http.NewRequest("POST", ts.URL+"/v1/check", body)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	// An io.Reader of unknown length: the client sends it chunked.
	resp, err := ts.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 413, resp.StatusCode)
}

// wantJSON is what `nazir check --format json` prints for rep, a report
// on text (no file name), with "version" first and each finding's
// fingerprint (baseline.Fingerprint) last.
func wantJSON(t *testing.T, rep *consistency.Report, text []byte) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, report.JSON(&b, rep))
	line := b.String()
	for i := range rep.Findings {
		// Each finding's object is its JSON with the fingerprint added
		// before its closing brace.
		var f bytes.Buffer
		require.NoError(t, report.JSON(&f, &consistency.Report{Findings: rep.Findings[i : i+1]}))
		obj := strings.TrimSuffix(strings.TrimPrefix(f.String(), `{"participants":null,"scopes":null,"mentions":null,"findings":[`), "]}\n")
		fp := `,"fingerprint":"` + baseline.Fingerprint(text, &rep.Findings[i]) + `"}`
		require.Contains(t, line, obj)
		line = strings.Replace(line, obj, obj[:len(obj)-1]+fp, 1)
	}
	return `{"version":"` + nazir.Version + `",` + line[1:]
}

// TestAPICheckIsTheJSONContract: /v1/check answers with the JSON line the
// CLI writes, byte for byte, plus "version"; for a clean release too, and
// for a web page with spans into the page.
func TestAPICheckIsTheJSONContract(t *testing.T) {
	s := newServer(t, Config{})
	c, _ := checkers()
	for _, name := range []string{exampleRelease, cleanRelease} {
		text := readFile(t, name)
		rep, err := c.Check(text)
		require.NoError(t, err)
		w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": string(text)}))
		require.Equal(t, 200, w.Code, "%s", w.Body.String())
		assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
		assert.Equal(t, wantJSON(t, rep, text), w.Body.String(), name)
		if name == cleanRelease {
			assert.Empty(t, rep.Findings, "the clean release stays clean")
		} else {
			assert.NotEmpty(t, rep.Findings)
		}
	}

	// A web page: the page's text is checked, spans point into the page.
	text := readFile(t, exampleRelease)
	page := "<!DOCTYPE html><html><head><title>خبر</title><script>var x = 1;</script></head><body><article><p>" +
		strings.ReplaceAll(string(text), "\n", "</p>\n<p>") + "</p></article></body></html>"
	w := do(s, "POST", "/v1/check", "application/json; charset=UTF-8", jsonBody(t, map[string]any{"text": page, "options": map[string]any{"input": "html"}}))
	require.Equal(t, 200, w.Code, "%s", w.Body.String())
	var got consistency.Report
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got))
	rep, err := c.Check(webtext.Extract([]byte(page)).Text)
	require.NoError(t, err)
	require.Len(t, got.Findings, len(rep.Findings))
	for _, f := range got.Findings {
		assert.Equal(t, f.Text, page[f.Start:f.End], "a span is page offsets")
	}
}

// TestAPIMinConfidence: a higher min_confidence keeps only the findings at
// or above it; the default is the server's.
func TestAPIMinConfidence(t *testing.T) {
	s := newServer(t, Config{})
	text := string(readFile(t, exampleRelease))
	count := func(opts map[string]any) (n, below int) {
		w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": text, "options": opts}))
		require.Equal(t, 200, w.Code, "%s", w.Body.String())
		var rep consistency.Report
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &rep))
		for _, f := range rep.Findings {
			if f.Confidence < 0.9 {
				below++
			}
		}
		return len(rep.Findings), below
	}
	all, below := count(nil)
	require.Positive(t, below, "the example has findings under 0.9")
	same, _ := count(map[string]any{"min_confidence": consistency.DefaultMinConfidence})
	assert.Equal(t, all, same)
	high, highBelow := count(map[string]any{"min_confidence": 0.9})
	assert.Zero(t, highBelow)
	assert.Equal(t, all-below, high)
}

type fixResp struct {
	Version    string       `json:"version"`
	Text       string       `json:"text"`
	Changed    bool         `json:"changed"`
	Edits      []fixEdit    `json:"edits"`
	NotApplied []notApplied `json:"not_applied"`
}

func fix(t *testing.T, s http.Handler, req map[string]any) fixResp {
	t.Helper()
	w := do(s, "POST", "/v1/fix", "application/json", jsonBody(t, req))
	require.Equal(t, 200, w.Code, "%s", w.Body.String())
	var r fixResp
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &r))
	require.Equal(t, nazir.Version, r.Version)
	require.NotNil(t, r.Edits)
	require.NotNil(t, r.NotApplied)
	return r
}

// TestAPIFix: by default the fix is `nazir fix`'s; accepted findings are
// applied alone, by index or fingerprint; a clean text comes back
// unchanged.
func TestAPIFix(t *testing.T) {
	s := newServer(t, Config{})
	c, _ := checkers()
	text := readFile(t, exampleRelease)
	rep, err := c.Check(text)
	require.NoError(t, err)

	def := fix(t, s, map[string]any{"text": string(text)})
	want, err := report.Apply(text, report.Edits(rep, text, report.FixFilter{MinSeverity: consistency.SeverityWarning}))
	require.NoError(t, err)
	assert.Equal(t, string(want), def.Text, "the default is nazir fix's")
	assert.True(t, def.Changed)
	assert.Empty(t, def.NotApplied)
	for _, e := range def.Edits {
		assert.Equal(t, string(text[e.Start:e.End]), e.Old)
		assert.Equal(t, *rep.Findings[e.Finding].Suggestion, e.New)
	}

	conflict := -1
	for i, f := range rep.Findings {
		if f.Kind == consistency.CountryConflict && f.Suggestion != nil {
			conflict = i
			break
		}
	}
	require.GreaterOrEqual(t, conflict, 0, "the example has a country conflict")
	one := fix(t, s, map[string]any{"text": string(text), "accept": []int{conflict, conflict}})
	require.Len(t, one.Edits, 1)
	f := rep.Findings[conflict]
	assert.Equal(t, fixEdit{Finding: conflict, Start: f.Start, End: f.End, Old: f.Text, New: *f.Suggestion}, one.Edits[0])
	assert.Equal(t, string(text[:f.Start])+*f.Suggestion+string(text[f.End:]), one.Text)
	assert.Empty(t, one.NotApplied)

	// The same, by fingerprint (as a baseline file records it); a
	// fingerprint no finding has is reported, not refused.
	fp := baseline.Fingerprint(text, &rep.Findings[conflict])
	byFP := fix(t, s, map[string]any{"text": string(text), "accept": []any{fp, "0123456789abcdef"}})
	require.Len(t, byFP.Edits, 1)
	assert.Equal(t, one.Edits, byFP.Edits)
	assert.Equal(t, one.Text, byFP.Text)
	assert.Equal(t, []notApplied{{Fingerprint: "0123456789abcdef", Reason: "not_found"}}, byFP.NotApplied)

	none := fix(t, s, map[string]any{"text": string(text), "accept": []int{}})
	assert.Equal(t, string(text), none.Text)
	assert.False(t, none.Changed)

	clean := readFile(t, cleanRelease)
	cl := fix(t, s, map[string]any{"text": string(clean)})
	assert.Equal(t, string(clean), cl.Text)
	assert.False(t, cl.Changed)
	assert.Empty(t, cl.Edits)
}

// TestAPIFixPage: a web page comes back corrected as a page; a finding
// whose text the page writes with a character reference is not applied,
// and says why.
func TestAPIFixPage(t *testing.T) {
	s := newServer(t, Config{})
	page := "<html><body><p>التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين.</p>\n" +
		"<p>وقال وانغ إن الصين تقدر دعم الجانب الأفغاني.</p>\n<p>وأكد أن الصين تدعم الجانب &#1575;لأفغاني في الحفاظ على سيادته.</p></body></html>"
	w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": page, "options": map[string]any{"input": "html"}}))
	require.Equal(t, 200, w.Code, "%s", w.Body.String())
	var rep consistency.Report
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &rep))
	var accept []int
	for i, f := range rep.Findings {
		if f.Suggestion != nil {
			accept = append(accept, i)
		}
	}
	require.Len(t, accept, 2, "both sides are conflicts: %s", w.Body.String())
	r := fix(t, s, map[string]any{"text": page, "options": map[string]any{"input": "html"}, "accept": accept})
	require.Len(t, r.Edits, 1)
	assert.Equal(t, strings.Replace(page, "الجانب الأفغاني.", "الجانب الأذربيجاني.", 1), r.Text)
	assert.Equal(t, []notApplied{{Finding: &accept[1], Reason: "span_differs"}}, r.NotApplied)

	// The fingerprints /v1/check gives (those of the page's text, as
	// `nazir check --input html --write-baseline` records them) accept the
	// same findings.
	var fps struct {
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &fps))
	require.Len(t, fps.Findings, len(rep.Findings))
	view := webtext.Extract([]byte(page)).Text
	c, _ := checkers()
	inText, err := c.Check(view)
	require.NoError(t, err)
	var byFP []any
	for i, k := range accept {
		assert.Equal(t, baseline.Fingerprint(view, &inText.Findings[k]), fps.Findings[k].Fingerprint, "finding %d", i)
		byFP = append(byFP, fps.Findings[k].Fingerprint)
	}
	r2 := fix(t, s, map[string]any{"text": page, "options": map[string]any{"input": "html"}, "accept": byFP})
	assert.Equal(t, r.Edits, r2.Edits)
	assert.Equal(t, r.Text, r2.Text)
}

// TestAPILanguage: messages are Arabic by default, English on request;
// a server without an English checker refuses English.
func TestAPILanguage(t *testing.T) {
	s := newServer(t, Config{})
	msg := func(s *Server, opts map[string]any) (int, string) {
		w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": shortSlip, "options": opts}))
		if w.Code != 200 {
			return w.Code, w.Body.String()
		}
		var rep consistency.Report
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &rep))
		require.Len(t, rep.Findings, 1)
		return w.Code, rep.Findings[0].Message
	}
	_, ar := msg(s, nil)
	assert.Regexp(t, "^[^a-zA-Z]*$", ar, "Arabic by default")
	_, ar2 := msg(s, map[string]any{"language": "ar"})
	assert.Equal(t, ar, ar2)
	_, en := msg(s, map[string]any{"language": "en"})
	assert.Contains(t, en, "Afghanistan", "English on request")

	arOnly := newServer(t, Config{})
	arOnly.cfg.EnglishChecker = nil
	code, body := msg(arOnly, map[string]any{"language": "en"})
	assert.Equal(t, 400, code)
	assert.Contains(t, body, "no English checker")
}

// TestAPIDefaultLanguage: Config.Language "en" makes English the
// messages' language of the requests that name none; a request naming
// Arabic still gets Arabic.
func TestAPIDefaultLanguage(t *testing.T) {
	en := newServer(t, Config{Language: "en"})
	ar := newServer(t, Config{Language: "ar"})
	for _, c := range []struct {
		name string
		s    *Server
		opts map[string]any
		want string // a word of the message
	}{
		{"en server, no language", en, nil, "Afghanistan"},
		{"en server, ar asked", en, map[string]any{"language": "ar"}, "أفغانستان"},
		{"ar server, no language", ar, nil, "أفغانستان"},
		{"ar server, en asked", ar, map[string]any{"language": "en"}, "Afghanistan"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := do(c.s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": shortSlip, "options": c.opts}))
			require.Equal(t, 200, w.Code, "%s", w.Body.String())
			var rep consistency.Report
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &rep))
			require.Len(t, rep.Findings, 1)
			assert.Contains(t, rep.Findings[0].Message, c.want)
		})
	}
}

// TestAccepted: the findings Config.Accepted accepts are dropped from
// /v1/check, not applied by /v1/fix and not shown on the page; the
// others stay. Accepted is given each finding's baseline fingerprint in
// the checked text.
func TestAccepted(t *testing.T) {
	c, _ := checkers()
	text := readFile(t, exampleRelease)
	rep, err := c.Check(text)
	require.NoError(t, err)
	var seen sync.Map // fingerprint → true, as Accepted was given them
	s := newServer(t, Config{Accepted: func(f *finding.Finding, fp string) bool {
		seen.Store(fp, true)
		return f.Text == "ألبانيا"
	}})
	w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]any{"text": string(text)}))
	require.Equal(t, 200, w.Code, "%s", w.Body.String())
	var got consistency.Report
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got))
	var want []finding.Finding
	for i, f := range rep.Findings {
		_, ok := seen.Load(baseline.Fingerprint(text, &rep.Findings[i]))
		assert.True(t, ok, "Accepted saw finding %d's fingerprint", i)
		if f.Text != "ألبانيا" {
			want = append(want, f)
		}
	}
	require.Less(t, len(want), len(rep.Findings), "the example has the finding to accept")
	require.NotEmpty(t, want)
	kept := *rep
	kept.Findings = want
	assert.Equal(t, wantJSON(t, &kept, text), w.Body.String(), "the others stay, as they were")

	def := fix(t, s, map[string]any{"text": string(text)})
	for _, e := range def.Edits {
		assert.NotEqual(t, "ألبانيا", e.Old, "an accepted finding is not fixed")
	}
	assert.NotEmpty(t, def.Edits, "the others are")

	pw := do(s, "POST", "/", "application/x-www-form-urlencoded", "text="+url.QueryEscape(string(text)))
	require.Equal(t, 200, pw.Code)
	plain := do(newServer(t, Config{}), "POST", "/", "application/x-www-form-urlencoded", "text="+url.QueryEscape(string(text)))
	require.Equal(t, 200, plain.Code)
	assert.Less(t, strings.Count(pw.Body.String(), "<mark"), strings.Count(plain.Body.String(), "<mark"), "the page drops it too")
}

func TestHealthz(t *testing.T) {
	s := newServer(t, Config{})
	w := do(s, "GET", "/healthz", "", "")
	require.Equal(t, 200, w.Code)
	assert.JSONEq(t, `{"status":"ok","version":"`+nazir.Version+`"}`, w.Body.String())
	h := do(s, "HEAD", "/healthz", "", "")
	assert.Equal(t, 200, h.Code)
	assert.Empty(t, h.Body.String())
}

// TestBusy: with every check slot taken, a request waits QueueTimeout and
// gets 503 with Retry-After; one that finds a slot freed in time is
// served; health checks never wait.
func TestBusy(t *testing.T) {
	body := jsonBody(t, map[string]any{"text": string(readFile(t, cleanRelease))})
	for _, c := range []struct {
		name    string
		timeout time.Duration
	}{{"refused at once", -1}, {"after waiting", 30 * time.Millisecond}} {
		t.Run(c.name, func(t *testing.T) {
			s := newServer(t, Config{MaxChecks: 2, QueueTimeout: c.timeout})
			require.NoError(t, s.acquire(context.Background()))
			require.NoError(t, s.acquire(context.Background()))
			for _, path := range []string{"/v1/check", "/v1/fix"} {
				w := do(s, "POST", path, "application/json", body)
				require.Equal(t, 503, w.Code, "%s", w.Body.String())
				assert.Equal(t, "1", w.Header().Get("Retry-After"))
				e := apiErr(t, w)
				assert.Equal(t, "busy", e.Error.Code)
				assert.Contains(t, e.Error.Message, "all 2 check slots")
			}
			pg := do(s, "POST", "/", "application/x-www-form-urlencoded", "text=x")
			assert.Equal(t, 503, pg.Code)
			assert.Equal(t, "1", pg.Header().Get("Retry-After"))
			assert.Equal(t, 200, do(s, "GET", "/healthz", "", "").Code)
			s.release()
			assert.Equal(t, 200, do(s, "POST", "/v1/check", "application/json", body).Code, "a free slot serves")
			s.release()
		})
	}
	t.Run("no place to hold the body", func(t *testing.T) {
		s := newServer(t, Config{MaxChecks: 1, MaxPending: 2, QueueTimeout: 20 * time.Millisecond})
		require.NoError(t, s.admit(context.Background()))
		require.NoError(t, s.admit(context.Background()))
		w := do(s, "POST", "/v1/check", "application/json", body)
		require.Equal(t, 503, w.Code, "%s", w.Body.String())
		assert.Equal(t, "1", w.Header().Get("Retry-After"))
		assert.Contains(t, apiErr(t, w).Error.Message, "all 2 places for requests waiting to be checked")
		ct, form := multipartForm(t, map[string]string{"text": shortSlip}, "", nil)
		assert.Equal(t, 503, do(s, "POST", "/", ct, form).Code)
		s.leave()
		assert.Equal(t, 200, do(s, "POST", "/v1/check", "application/json", body).Code)
		s.leave()
	})
	t.Run("a slot freed while waiting", func(t *testing.T) {
		s := newServer(t, Config{MaxChecks: 1, QueueTimeout: time.Minute})
		require.NoError(t, s.acquire(context.Background()))
		done := make(chan int)
		go func() { done <- do(s, "POST", "/v1/check", "application/json", body).Code }()
		time.Sleep(10 * time.Millisecond)
		s.release()
		assert.Equal(t, 200, <-done)
	})
}

// TestCheckerPanicIs500: a panic in a check (a bug: here, a nil checker)
// is a 500 for that request, and the server goes on.
func TestCheckerPanicIs500(t *testing.T) {
	s := newServer(t, Config{})
	good := s.cfg.Checker
	s.cfg.Checker = nil
	w := do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]string{"text": shortSlip}))
	require.Equal(t, 500, w.Code)
	e := apiErr(t, w)
	assert.Equal(t, "internal", e.Error.Code)
	assert.Contains(t, e.Error.Message, "internal error")
	ct, body := multipartForm(t, map[string]string{"text": shortSlip}, "", nil)
	assert.Equal(t, 500, do(s, "POST", "/", ct, body).Code)
	s.cfg.Checker = good
	assert.Equal(t, 200, do(s, "POST", "/v1/check", "application/json", jsonBody(t, map[string]string{"text": shortSlip})).Code)
}

func TestNewRejectsBadConfig(t *testing.T) {
	c, err := checkers()
	require.NoError(t, err)
	for _, cfg := range []Config{
		{},
		{Checker: c, MaxBodyBytes: -1},
		{Checker: c, MaxChecks: -2},
		{Checker: c, MaxPending: -1},
		{Checker: c, WriteTimeout: -time.Second},
		{Checker: c, MinConfidence: 1.5},
		{Checker: c, MinConfidence: math.NaN()},
		{Checker: c, Language: "fr"},
		{Checker: c, Language: "en"}, // no EnglishChecker
	} {
		_, err := New(cfg)
		assert.Error(t, err, "%+v", cfg)
	}
	s, err := New(Config{Checker: c})
	require.NoError(t, err)
	got := s.Config()
	assert.EqualValues(t, DefaultMaxBodyBytes, got.MaxBodyBytes)
	assert.Equal(t, DefaultMaxPending, got.MaxPending)
	s, err = New(Config{Checker: c, MaxChecks: 100, MaxPending: 3})
	require.NoError(t, err)
	assert.Equal(t, 100, s.Config().MaxPending, "raised to MaxChecks")
	assert.Positive(t, got.MaxChecks)
	assert.Equal(t, DefaultQueueTimeout, got.QueueTimeout)
}

// TestConcurrentRequestsIdentical: many requests at once through the
// shared checkers (both languages, both endpoints, the page) give the
// answers one request at a time gives. Under -race (CI) it also shows the
// server has no data race.
func TestConcurrentRequestsIdentical(t *testing.T) {
	s := newServer(t, Config{MaxChecks: 4, QueueTimeout: time.Minute}) // no 503 on a loaded machine
	type req struct{ path, ctype, body string }
	var reqs []req
	for _, name := range []string{exampleRelease, cleanRelease} {
		text := string(readFile(t, name))
		for _, lang := range []string{"ar", "en"} {
			opts := map[string]any{"language": lang}
			reqs = append(reqs,
				req{"/v1/check", "application/json", jsonBody(t, map[string]any{"text": text, "options": opts})},
				req{"/v1/fix", "application/json", jsonBody(t, map[string]any{"text": text, "options": opts})})
		}
		ct, body := multipartForm(t, map[string]string{"text": text}, "", nil)
		reqs = append(reqs, req{"/", ct, body})
	}
	want := make([]string, len(reqs))
	for i, r := range reqs {
		w := do(s, "POST", r.path, r.ctype, r.body)
		require.Equal(t, 200, w.Code, "%s", w.Body.String())
		want[i] = w.Body.String()
	}
	const workers, rounds = 8, 3
	var wg sync.WaitGroup
	errs := make(chan string, workers*rounds*len(reqs))
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for j := range reqs {
					i := (j + k + r) % len(reqs)
					w := do(s, "POST", reqs[i].path, reqs[i].ctype, reqs[i].body)
					if w.Code != 200 || w.Body.String() != want[i] {
						errs <- fmt.Sprintf("request %d (%s): %d, differs: %v", i, reqs[i].path, w.Code, w.Body.String() != want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestCORS: only the origins allowed get CORS headers and preflight
// answers; without any, the API answers browsers of its own origin only.
func TestCORS(t *testing.T) {
	body := jsonBody(t, map[string]string{"text": shortSlip})
	req := func(s *Server, method, path, origin string, preflight bool) *httptest.ResponseRecorder {
		r := httptest.NewRequest(method, path, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		if origin != "" {
			r.Header.Set("Origin", origin)
		}
		if preflight {
			r.Header.Set("Access-Control-Request-Method", "POST")
			r.Header.Set("Access-Control-Request-Headers", "content-type")
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	const cms, other = "https://cms.example.org", "https://elsewhere.example"
	none := newServer(t, Config{})
	one := newServer(t, Config{AllowOrigins: []string{cms + "/"}})
	star := newServer(t, Config{AllowOrigins: []string{"*"}})
	for _, c := range []struct {
		name            string
		s               *Server
		method, path    string
		origin          string
		preflight       bool
		status          int
		allowOrigin     string
		allowsPreflight bool
	}{
		{"no origins: preflight refused", none, "OPTIONS", "/v1/check", cms, true, 405, "", false},
		{"no origins: a call has no CORS header", none, "POST", "/v1/check", cms, false, 200, "", false},
		{"allowed origin: preflight", one, "OPTIONS", "/v1/check", cms, true, 204, cms, true},
		{"allowed origin: fix preflight", one, "OPTIONS", "/v1/fix", cms, true, 204, cms, true},
		{"allowed origin: call", one, "POST", "/v1/check", cms, false, 200, cms, false},
		{"allowed origin: health", one, "GET", "/healthz", cms, false, 200, cms, false},
		{"other origin: preflight refused", one, "OPTIONS", "/v1/check", other, true, 405, "", false},
		{"other origin: call without CORS header", one, "POST", "/v1/check", other, false, 200, "", false},
		{"OPTIONS without a preflight", one, "OPTIONS", "/v1/check", cms, false, 405, cms, false},
		{"any origin", star, "OPTIONS", "/v1/fix", other, true, 204, "*", true},
		{"the page is never cross-origin", star, "OPTIONS", "/", other, true, 405, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := req(c.s, c.method, c.path, c.origin, c.preflight)
			assert.Equal(t, c.status, w.Code, "%s", w.Body.String())
			assert.Equal(t, c.allowOrigin, w.Header().Get("Access-Control-Allow-Origin"))
			if c.allowsPreflight {
				assert.Contains(t, w.Header().Get("Access-Control-Allow-Methods"), "POST")
				assert.Equal(t, "Content-Type", w.Header().Get("Access-Control-Allow-Headers"))
			} else {
				assert.Empty(t, w.Header().Get("Access-Control-Allow-Methods"))
			}
			if c.allowOrigin != "" {
				assert.Equal(t, "Origin", w.Header().Get("Vary"))
			}
		})
	}
	c, err := checkers()
	require.NoError(t, err)
	for _, bad := range []string{"cms.example.org", "https://cms.example.org/path", "ftp://cms.example.org", "https://", "https://u:p@cms.example.org", "https://cms.example.org?x"} {
		_, err := New(Config{Checker: c, AllowOrigins: []string{bad}})
		assert.Error(t, err, bad)
	}
}

// TestFixesReasons: an accepted finding that gives no edit says why: no
// suggestion, an overlap with a more confident accepted one, a span whose
// text is not the finding's.
func TestFixesReasons(t *testing.T) {
	text := []byte("وقال وانغ إن الصين تقدر دعم الجانب الأفغاني")
	at := func(w string) (int, int) {
		i := bytes.Index(text, []byte(w))
		return i, i + len(w)
	}
	sugg := func(s string) *string { return &s }
	s0, e0 := at("وانغ")
	s1, e1 := at("الجانب الأفغاني")
	s2, e2 := at("الأفغاني")
	rep := &finding.Report{Findings: []finding.Finding{
		{Kind: finding.NameVariant, Severity: finding.SeverityWarning, Confidence: 0.8, Start: s0, End: e0, Text: "وانغ"},
		{Kind: finding.CountryConflict, Severity: finding.SeverityError, Confidence: 0.9, Start: s1, End: e1, Text: "الجانب الأفغاني", Suggestion: sugg("الجانب الأذربيجاني")},
		{Kind: finding.CountryConflict, Severity: finding.SeverityError, Confidence: 0.7, Start: s2, End: e2, Text: "الأفغاني", Suggestion: sugg("الأذربيجاني")},
		{Kind: finding.CountryConflict, Severity: finding.SeverityError, Confidence: 0.9, Start: s0, End: e0, Text: "وانج", Suggestion: sugg("وانغ")},
	}}
	fx, e := fixes(rep, text, acceptIndexes([]int{0, 1, 2, 3}), func() []string { return fingerprints(rep, text) })
	require.Nil(t, e)
	require.Len(t, fx.edits, 1)
	assert.Equal(t, 1, fx.edits[0].Finding)
	assert.Equal(t, "وقال وانغ إن الصين تقدر دعم الجانب الأذربيجاني", string(fx.text))
	zero, two, three := 0, 2, 3
	assert.Equal(t, []notApplied{
		{Finding: &zero, Reason: "no_suggestion"},
		{Finding: &two, Reason: "overlap"},
		{Finding: &three, Reason: "span_differs"},
	}, fx.notApplied)
}
