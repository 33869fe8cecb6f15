package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/internal/spanmap"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
)

// apiError is a failed request: its status, a stable code and a message
// naming the cause. It is written as {"error": {...}}.
type apiError struct {
	status     int
	code       string
	msg        string
	retryAfter int // seconds; 0: no Retry-After header
	allow      string
}

func (e *apiError) Error() string { return e.code + ": " + e.msg }

// errorBody is the JSON of an error response.
type errorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, e *apiError) {
	var body errorBody
	body.Error.Status, body.Error.Code, body.Error.Message = e.status, e.code, e.msg
	b, _ := json.Marshal(body) // strings and an int: cannot fail
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	if e.retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
	if e.allow != "" {
		h.Set("Allow", e.allow)
	}
	w.WriteHeader(e.status)
	w.Write(append(b, '\n'))
}

// apiOptions are a request's "options", mirroring the library's.
type apiOptions struct {
	// MinConfidence drops findings below it (default: the server's).
	MinConfidence *float64 `json:"min_confidence"`
	// Input is "text" (default) or "html": a web page, whose text is
	// checked and whose offsets the report's spans are.
	Input string `json:"input"`
	// Language is the language of the findings' messages: "ar" (Arabic,
	// the default) or "en".
	Language string `json:"language"`
}

// checkRequest is the body of POST /v1/check.
type checkRequest struct {
	Text    *string    `json:"text"`
	Options apiOptions `json:"options"`
}

// fixRequest is the body of POST /v1/fix.
type fixRequest struct {
	Text    *string    `json:"text"`
	Options apiOptions `json:"options"`
	// Accept lists the findings to apply, each by its index (0-based) in
	// the findings of the report POST /v1/check gives for the same text
	// and options, or by its fingerprint (as baseline files and
	// .nazir.yaml record it; every finding with it). Absent or null:
	// every finding of severity warning or error that has a suggestion
	// (what `nazir fix` applies).
	Accept *[]acceptItem `json:"accept"`
}

// acceptItem is one entry of "accept": a finding's index (a number) or
// its fingerprint (a string).
type acceptItem struct {
	index       int
	fingerprint string // "" for an index
}

// errBadAccept: an entry of "accept" is neither.
var errBadAccept = errors.New(`an entry of "accept" is a finding's index (a number) or fingerprint (a non-empty string)`)

// UnmarshalJSON reads a number or a string.
func (a *acceptItem) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &a.fingerprint); err != nil || a.fingerprint == "" {
			return errBadAccept
		}
		return nil
	}
	if err := json.Unmarshal(b, &a.index); err != nil {
		return errBadAccept
	}
	return nil
}

// acceptIndexes makes "accept" entries of finding indexes.
func acceptIndexes(idx []int) *[]acceptItem {
	out := make([]acceptItem, len(idx))
	for k, i := range idx {
		out[k].index = i
	}
	return &out
}

// job is one text to check, as an API request gives it.
type job struct {
	src     []byte  // the caller's bytes (the page, for HTML)
	html    bool    // src is a web page: its extracted text is checked
	minConf float64 // drop findings below it
	checker *consistency.Checker
}

// result is a checked job.
type result struct {
	job
	view []byte          // the checked text: src, or the page's text
	rep  *finding.Report // spans into view
	page *webtext.Text   // the extraction, for HTML
	fps  []string        // the findings' fingerprints, once made
}

// fingerprints returns the fingerprints of the findings (in order), made
// on first use: baseline.Fingerprint in the checked text (a page's text,
// for HTML), what `nazir check --write-baseline` records for the same
// text and .nazir.yaml's accept rules match.
func (r *result) fingerprints() []string {
	if r.fps == nil {
		r.fps = fingerprints(r.rep, r.view)
	}
	return r.fps
}

// fingerprints returns the fingerprints of rep's findings in text, the
// text its spans point into.
func fingerprints(rep *finding.Report, text []byte) []string {
	fps := make([]string, len(rep.Findings))
	for i := range rep.Findings {
		fps[i] = baseline.Fingerprint(text, &rep.Findings[i])
	}
	return fps
}

// mapped returns the report with spans into src (a copy for HTML).
func (r *result) mapped() *finding.Report {
	if r.page == nil {
		return r.rep
	}
	m := *r.rep
	spanmap.Map(&m, r.src, r.page.SourceSpan)
	return &m
}

// check runs one job; the caller holds a slot.
func (s *Server) check(j job) (*result, error) {
	res := &result{job: j, view: j.src}
	if j.html {
		res.page = webtext.Extract(j.src)
		res.view = res.page.Text
	}
	rep, err := s.safeCheck(j.checker, res.view)
	if err != nil {
		return nil, err
	}
	if j.minConf > s.cfg.MinConfidence {
		kept := rep.Findings[:0:0]
		for _, f := range rep.Findings {
			if f.Confidence >= j.minConf {
				kept = append(kept, f)
			}
		}
		rep.Findings = kept
	}
	res.rep = rep
	return res, nil
}

// checkError turns a checker error into the request's error.
func checkError(err error, html bool) *apiError {
	what := "text"
	if html {
		what = "the page's text"
	}
	switch {
	case errors.Is(err, consistency.ErrEmpty):
		return &apiError{status: http.StatusBadRequest, code: "empty_text", msg: what + " is empty (nothing but white space)"}
	case errors.Is(err, consistency.ErrInvalidUTF8):
		return &apiError{status: http.StatusBadRequest, code: "invalid_utf8", msg: what + ": " + err.Error()}
	case errors.Is(err, consistency.ErrTooLarge):
		return &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large", msg: what + ": " + err.Error()}
	}
	return &apiError{status: http.StatusInternalServerError, code: "internal", msg: "checking failed: " + err.Error() + "; please report it with this input"}
}

// serveAPI runs an endpoint of the JSON API: POST with a JSON body.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request, endpoint func(body []byte) ([]byte, *apiError)) {
	if r.Method != http.MethodPost {
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
			msg: r.Method + " " + r.URL.Path + ": use POST with a JSON body", allow: http.MethodPost})
		return
	}
	if e := jsonContentType(r.Header.Get("Content-Type")); e != nil {
		writeError(w, e)
		return
	}
	if err := s.admit(r.Context()); err != nil {
		if errors.Is(err, errBusy) {
			writeError(w, s.busyError(true))
		}
		return // the client is gone
	}
	defer s.leave()
	body, e := s.readBody(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	if err := s.acquire(r.Context()); err != nil {
		if errors.Is(err, errBusy) {
			writeError(w, s.busyError(false))
		}
		return // the client is gone
	}
	defer s.release()
	out, e := endpoint(body)
	if e != nil {
		if e.status >= 500 {
			s.log.Printf("nazir serve: %s: %v", r.URL.Path, e)
		}
		writeError(w, e)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(out)))
	if _, err := w.Write(out); err != nil {
		s.log.Printf("nazir serve: %s: writing the response: %v", r.URL.Path, err)
	}
	s.putBuf(out)
}

// jsonContentType accepts application/json, with no charset or UTF-8.
func jsonContentType(ct string) *apiError {
	bad := func(why string) *apiError {
		return &apiError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type",
			msg: fmt.Sprintf("Content-Type %q: %s (want application/json, in UTF-8)", ct, why)}
	}
	if ct == "" {
		return bad("missing")
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return bad(err.Error())
	}
	if mt != "application/json" {
		return bad("not JSON")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return bad("charset " + cs)
	}
	return nil
}

// readBody reads the whole request body, up to MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *apiError) {
	limit := s.cfg.MaxBodyBytes
	tooLarge := &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
		msg: fmt.Sprintf("request body is larger than this server's limit of %d bytes", limit)}
	if r.ContentLength > limit {
		return nil, tooLarge
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	var b []byte
	var err error
	if r.ContentLength > 0 {
		// The length is known: one buffer of that size, and a read that
		// must see the end.
		b = make([]byte, r.ContentLength)
		if _, err = io.ReadFull(body, b); err == nil {
			var one [1]byte
			if k, _ := body.Read(one[:]); k > 0 {
				err = errors.New("body longer than its Content-Length")
			}
		}
	} else {
		b, err = io.ReadAll(body)
	}
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge
	case err != nil:
		return nil, &apiError{status: http.StatusBadRequest, code: "unreadable_body", msg: "reading the request body: " + err.Error()}
	}
	return b, nil
}

// decode reads a JSON object strictly: valid UTF-8, no unknown field, no
// trailing data.
func decode(body []byte, v any) *apiError {
	bad := func(code, format string, a ...any) *apiError {
		return &apiError{status: http.StatusBadRequest, code: code, msg: fmt.Sprintf(format, a...)}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return bad("empty_body", `request body is empty (want a JSON object such as {"text": "..."})`)
	}
	if !utf8.Valid(body) {
		return bad("invalid_utf8", "request body is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(body))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return bad("invalid_json", "malformed JSON at byte %d: %v", se.Offset, err)
		case errors.As(err, &te):
			if te.Field == "" {
				return bad("invalid_json", "the body is a JSON %s; want an object", te.Value)
			}
			return bad("invalid_json", "%q is a JSON %s; want %s", te.Field, te.Value, jsonKind(te.Type.Kind().String()))
		case errors.Is(err, errBadAccept):
			return bad("invalid_json", "%v", errBadAccept)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return bad("invalid_json", "malformed JSON: the body ends inside a value")
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return bad("unknown_field", "unknown field %s (known: text, options.min_confidence, options.input, options.language%s)",
				strings.TrimPrefix(err.Error(), "json: unknown field "), acceptHint(v))
		}
		return bad("invalid_json", "malformed JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return bad("invalid_json", "malformed JSON: data after the object at byte %d", dec.InputOffset())
	}
	return nil
}

func acceptHint(v any) string {
	if _, ok := v.(*fixRequest); ok {
		return ", accept"
	}
	return ""
}

// jsonKind names a Go kind as JSON calls it.
func jsonKind(k string) string {
	switch k {
	case "string":
		return "a string"
	case "float64", "int":
		return "a number"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	}
	return k
}

// firstInvalid is the offset of the first byte of body that is not part
// of valid UTF-8 (body is known to hold one).
func firstInvalid(body []byte) int {
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(body)
}

// job validates a request's text and options.
func (s *Server) job(text *string, o apiOptions) (job, *apiError) {
	bad := func(format string, a ...any) (job, *apiError) {
		return job{}, &apiError{status: http.StatusBadRequest, code: "invalid_option", msg: fmt.Sprintf(format, a...)}
	}
	j := job{minConf: s.cfg.MinConfidence, checker: s.cfg.Checker}
	if text == nil {
		return job{}, &apiError{status: http.StatusBadRequest, code: "missing_text", msg: `the request has no "text" (want {"text": "...", "options": {...}})`}
	}
	if o.MinConfidence != nil {
		m := *o.MinConfidence
		if m < j.minConf || m > 1 {
			return bad("options.min_confidence %v: want a number from %v (this server's floor) to 1", m, j.minConf)
		}
		j.minConf = m
	}
	switch o.Input {
	case "", "text":
	case "html":
		j.html = true
	default:
		return bad("options.input %q: want \"text\" or \"html\"", o.Input)
	}
	lang := o.Language
	if lang == "" {
		lang = s.cfg.Language
	}
	if lang != "" {
		l, err := i18n.Parse(lang)
		if err != nil {
			return bad("options.language %q: want \"ar\" or \"en\"", o.Language)
		}
		if l == i18n.English {
			if s.cfg.EnglishChecker == nil {
				return bad("options.language \"en\": this server has no English checker (its messages are in Arabic only)")
			}
			j.checker = s.cfg.EnglishChecker
		}
	}
	j.src = []byte(*text)
	return j, nil
}

// checkRequest validates a request's text and options (job) and checks
// the text; the caller holds a slot.
func (s *Server) checkRequest(text *string, o apiOptions) (*result, *apiError) {
	j, e := s.job(text, o)
	if e != nil {
		return nil, e
	}
	res, err := s.check(j)
	if err != nil {
		return nil, checkError(err, j.html)
	}
	return res, nil
}

// versionPrefix opens every JSON response: {"version":"…",
var versionPrefix = func() string {
	v, _ := json.Marshal(nazir.Version)
	return `{"version":` + string(v) + `,`
}()

// apiCheck answers POST /v1/check: the report, as `nazir check --format
// json` writes it, with "version" first and each finding's "fingerprint"
// last.
func (s *Server) apiCheck(body []byte) ([]byte, *apiError) {
	var req checkRequest
	if e := decode(body, &req); e != nil {
		return nil, e
	}
	res, e := s.checkRequest(req.Text, req.Options)
	if e != nil {
		return nil, e
	}
	out, err := appendReportJSON(s.getBuf(), res.mapped(), res.fingerprints())
	if err != nil {
		return nil, &apiError{status: http.StatusInternalServerError, code: "internal", msg: "encoding the report: " + err.Error()}
	}
	return out, nil
}

// appendReportJSON appends the report's JSON line (the bytes `nazir check
// --format json` writes) with "version" as its first field and, with
// fingerprints, each finding's "fingerprint" as its last.
func appendReportJSON(dst []byte, rep *finding.Report, fingerprints []string) ([]byte, error) {
	dst = append(dst, versionPrefix...)
	n := len(dst)
	b, err := report.AppendJSON(dst, rep, fingerprints)
	if err != nil {
		return nil, err
	}
	if len(b) == n || b[n] != '{' {
		return nil, fmt.Errorf("server: report JSON does not start with an object: %.20q", b[n:])
	}
	return append(b[:n], b[n+1:]...), nil // drop the object's own brace
}

// fixResponse is the body POST /v1/fix answers with.
type fixResponse struct {
	Version string `json:"version"`
	// Text is the corrected text (or page, for "input": "html").
	Text string `json:"text"`
	// Changed says whether any edit was applied.
	Changed bool `json:"changed"`
	// Edits are the applied edits, in text order, with offsets into the
	// text as sent.
	Edits []fixEdit `json:"edits"`
	// NotApplied lists the accepted findings that gave no edit, and why.
	NotApplied []notApplied `json:"not_applied"`
}

type fixEdit struct {
	Finding int    `json:"finding"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Old     string `json:"old"`
	New     string `json:"new"`
}

type notApplied struct {
	// Finding is the finding's index; nil for a fingerprint no finding
	// has.
	Finding *int `json:"finding,omitempty"`
	// Fingerprint is the accepted fingerprint, when the entry was one.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Reason: "no_suggestion" (a name variant: the right spelling is an
	// editor's choice), "overlap" (another accepted edit covers the same
	// text), "span_differs" (in a page, the text is written with markup
	// or character references; fix it by hand) or "not_found" (no finding
	// has the fingerprint: the text changed).
	Reason string `json:"reason"`
}

// apiFix answers POST /v1/fix.
func (s *Server) apiFix(body []byte) ([]byte, *apiError) {
	var req fixRequest
	if e := decode(body, &req); e != nil {
		return nil, e
	}
	res, e := s.checkRequest(req.Text, req.Options)
	if e != nil {
		return nil, e
	}
	rep := res.mapped()
	fx, e := fixes(rep, res.src, req.Accept, res.fingerprints)
	if e != nil {
		return nil, e
	}
	resp := fixResponse{Version: nazir.Version, Text: string(fx.text), Changed: len(fx.edits) > 0,
		Edits: make([]fixEdit, 0, len(fx.edits)), NotApplied: fx.notApplied}
	for _, ed := range fx.edits {
		resp.Edits = append(resp.Edits, fixEdit{Finding: ed.Finding, Start: ed.Start, End: ed.End,
			Old: string(res.src[ed.Start:ed.End]), New: ed.New})
	}
	b := bytes.NewBuffer(s.getBuf())
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(resp); err != nil {
		return nil, &apiError{status: http.StatusInternalServerError, code: "internal", msg: "encoding the response: " + err.Error()}
	}
	return b.Bytes(), nil
}

// fixed is the outcome of applying accepted findings.
type fixed struct {
	text       []byte
	edits      []report.Edit // Finding: index in the full report
	notApplied []notApplied
}

// fixes applies the accepted findings' suggestions to text (nil accept:
// the default selection); fps gives the findings' fingerprints, asked
// for when an accepted entry is one.
func fixes(rep *finding.Report, text []byte, accept *[]acceptItem, fps func() []string) (*fixed, *apiError) {
	var edits []report.Edit
	out := &fixed{notApplied: []notApplied{}}
	if accept == nil {
		edits = report.Edits(rep, text, report.FixFilter{MinSeverity: finding.SeverityWarning})
	} else {
		sub := *rep
		sub.Findings = nil
		var idx []int
		seen := map[int]bool{}
		take := func(i int) {
			if !seen[i] {
				seen[i] = true
				sub.Findings = append(sub.Findings, rep.Findings[i])
				idx = append(idx, i)
			}
		}
		for k, a := range *accept {
			if a.fingerprint == "" {
				if a.index < 0 || a.index >= len(rep.Findings) {
					return nil, &apiError{status: http.StatusBadRequest, code: "invalid_option",
						msg: fmt.Sprintf("accept[%d]: no finding %d (%s)", k, a.index, findingRange(len(rep.Findings)))}
				}
				take(a.index)
				continue
			}
			found := false
			for i, fp := range fps() {
				if fp == a.fingerprint {
					take(i)
					found = true
				}
			}
			if !found {
				out.notApplied = append(out.notApplied, notApplied{Fingerprint: a.fingerprint, Reason: "not_found"})
			}
		}
		edits = report.Edits(&sub, text, report.FixFilter{})
		got := map[int]bool{}
		for k := range edits {
			edits[k].Finding = idx[edits[k].Finding]
			got[edits[k].Finding] = true
		}
		for _, i := range idx {
			if got[i] {
				continue
			}
			f := &rep.Findings[i]
			reason := "overlap"
			switch {
			case f.Suggestion == nil:
				reason = "no_suggestion"
			case f.Start < 0 || f.End > len(text) || f.Start > f.End || string(text[f.Start:f.End]) != f.Text:
				reason = "span_differs"
			}
			out.notApplied = append(out.notApplied, notApplied{Finding: &i, Reason: reason})
		}
	}
	t, err := report.Apply(text, edits)
	if err != nil { // Edits never overlap
		return nil, &apiError{status: http.StatusInternalServerError, code: "internal", msg: "applying the edits: " + err.Error()}
	}
	out.text, out.edits = t, edits
	return out, nil
}

// findingRange says which finding indexes a report of n findings has.
func findingRange(n int) string {
	switch n {
	case 0:
		return "the report has no findings"
	case 1:
		return "the report has one finding, 0"
	}
	return fmt.Sprintf("the report has %d findings, 0 to %d", n, n-1)
}

// serveHealth answers GET /healthz.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
			msg: r.Method + " /healthz: use GET", allow: "GET, HEAD"})
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		fmt.Fprintf(w, "{\"status\":\"ok\",\"version\":%q}\n", nazir.Version)
	}
}

// maxPooled: response buffers up to this size are recycled; larger ones
// are left to the collector, so that the pool never holds much.
const maxPooled = 64 << 10

func (s *Server) getBuf() []byte {
	if p, ok := s.bufs.Get().(*[]byte); ok {
		return (*p)[:0]
	}
	return make([]byte, 0, 16<<10)
}

func (s *Server) putBuf(b []byte) {
	if cap(b) <= maxPooled {
		s.bufs.Put(&b)
	}
}
