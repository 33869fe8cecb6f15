package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
)

// pageForm is what the page's forms send.
type pageForm struct {
	lang     string
	action   string // "check" (default) or "fix"
	text     string // the text box
	file     []byte // an uploaded file, if one was chosen
	fileName string
	fileType string // its Content-Type
	input    string // "auto" (default), "text" or "html"
	checked  string // fix: the text that was checked
	accept   []string
}

// pageData is what the page template shows.
type pageData struct {
	U        *ui
	Version  string
	Text     string // the text box's content
	Input    string
	FileHint string
	Error    string
	Style    template.CSS
	Result   *pageResult
	Fixed    *pageFixed
	Footer   string
}

type pageResult struct {
	Summary  string
	FromHTML bool
	docs     []report.Document // the report, written between pageTop and pageBottom
	Checked  string
	Fixes    []fixItem
	Manual   []fixItem
}

type fixItem struct {
	ID, Value, Anchor string
	Kind, Severity    string
	SevClass          string
	Old, New          string
	Spellings         []string
	Where, Message    string
	Canonical         string
	Checked           bool
}

type pageFixed struct {
	Summary    string
	Text       string
	NotApplied []string
}

// servePage answers GET / (the empty form) and POST / (a check or a fix,
// rendered on the server: the page needs no script).
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		lang := pageLang(r.URL.Query().Get("lang"))
		s.renderPage(w, r, http.StatusOK, s.newPageData(lang, "", "auto"))
		return
	case http.MethodPost:
	default:
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
			msg: r.Method + " /: use GET for the page, POST for its form", allow: "GET, HEAD, POST"})
		return
	}
	if err := s.admit(r.Context()); err != nil {
		if errors.Is(err, errBusy) {
			d := s.newPageData(pageLang(r.URL.Query().Get("lang")), "", "auto")
			d.Error = d.U.ErrBusy
			w.Header().Set("Retry-After", "1")
			s.renderPage(w, r, http.StatusServiceUnavailable, d)
		}
		return
	}
	defer s.leave()
	f, status, err := s.readForm(w, r)
	if f.lang == "" {
		f.lang = r.URL.Query().Get("lang")
	}
	lang := pageLang(f.lang)
	if err != nil {
		d := s.newPageData(lang, f.text, f.input)
		switch status {
		case http.StatusRequestEntityTooLarge:
			d.Error = d.U.errTooLarge(s.cfg.MaxBodyBytes)
		default:
			d.Error = d.U.errForm(err.Error())
		}
		s.renderPage(w, r, status, d)
		return
	}
	if err := s.acquire(r.Context()); err != nil {
		if errors.Is(err, errBusy) {
			d := s.newPageData(lang, f.text, f.input)
			d.Error = d.U.ErrBusy
			w.Header().Set("Retry-After", "1")
			s.renderPage(w, r, http.StatusServiceUnavailable, d)
		}
		return
	}
	defer s.release()
	if f.action == "fix" {
		s.pageFix(w, r, lang, f)
		return
	}
	s.pageCheck(w, r, lang, f)
}

func (s *Server) newPageData(lang i18n.Lang, text, input string) *pageData {
	if input != "text" && input != "html" {
		input = "auto"
	}
	u := s.ui[lang]
	return &pageData{U: u, Version: nazir.Version, Text: text, Input: input,
		FileHint: u.fileHint(s.cfg.MaxBodyBytes), Footer: u.footer(nazir.Version)}
}

// pageCheck checks the pasted text or the uploaded file and shows the
// report with the corrections to choose from.
func (s *Server) pageCheck(w http.ResponseWriter, r *http.Request, lang i18n.Lang, f *pageForm) {
	src, name := []byte(f.text), s.ui[lang].Pasted
	if f.fileName != "" {
		src, name = f.file, path.Base(strings.ReplaceAll(f.fileName, `\`, "/"))
	}
	html := f.input == "html" || f.input != "text" && looksLikeHTML(src, f.fileName, f.fileType)
	view := src
	if html {
		view = webtext.Extract(src).Text
	}
	view = unixLines(view)
	d := s.newPageData(lang, string(view), f.input)
	if html {
		d.Input = "auto"
	}
	rep, err := s.safeCheck(s.checker(lang), view)
	if err != nil {
		status := s.pageError(d, err, view)
		s.renderPage(w, r, status, d)
		return
	}
	rep.File = name
	if err := s.fillResult(d, rep, view, html); err != nil {
		s.log.Printf("nazir serve: /: rendering the report: %v", err)
		d.Error = d.U.ErrInternal
		s.renderPage(w, r, http.StatusInternalServerError, d)
		return
	}
	s.renderPage(w, r, http.StatusOK, d)
}

// pageFix checks the text again (the check is deterministic), applies the
// accepted findings and shows the corrected text.
func (s *Server) pageFix(w http.ResponseWriter, r *http.Request, lang i18n.Lang, f *pageForm) {
	text := unixLines([]byte(f.checked))
	d := s.newPageData(lang, string(text), "auto")
	u := d.U
	rep, err := s.safeCheck(s.checker(lang), text)
	if err != nil {
		status := s.pageError(d, err, text)
		s.renderPage(w, r, status, d)
		return
	}
	accept := make([]int, 0, len(f.accept))
	for _, v := range f.accept {
		i, ok := parseAccept(v, rep)
		if !ok {
			d.Error = u.ErrStale
			s.renderPage(w, r, http.StatusConflict, d)
			return
		}
		accept = append(accept, i)
	}
	fx, e := fixes(rep, text, acceptIndexes(accept), func() []string { return fingerprints(rep, text) })
	if e != nil {
		s.log.Printf("nazir serve: /: %v", e)
		d.Error = u.ErrInternal
		s.renderPage(w, r, http.StatusInternalServerError, d)
		return
	}
	d.Text = string(fx.text) // the text box holds it too, to check it again
	d.Fixed = &pageFixed{Summary: u.applied(len(fx.edits)), Text: d.Text}
	for _, na := range fx.notApplied {
		reason := u.ReasonOverlap
		if na.Reason == "no_suggestion" {
			reason = u.ReasonNoSuggestion
		}
		ft := rep.Findings[*na.Finding].Text
		d.Fixed.NotApplied = append(d.Fixed.NotApplied, u.p.Quote(ft)+": "+u.notApplied(reason))
	}
	s.renderPage(w, r, http.StatusOK, d)
}

// acceptValue identifies a finding in the fix form: its index and span,
// so that a form sent for another text is refused, not misapplied.
func acceptValue(i int, f *finding.Finding) string {
	return fmt.Sprintf("%d:%d:%d", i, f.Start, f.End)
}

func parseAccept(v string, rep *finding.Report) (int, bool) {
	parts := strings.Split(v, ":")
	if len(parts) != 3 {
		return 0, false
	}
	i, err := strconv.Atoi(parts[0])
	if err != nil || i < 0 || i >= len(rep.Findings) {
		return 0, false
	}
	return i, acceptValue(i, &rep.Findings[i]) == v
}

// pageError shows a checker error on the page and returns its status.
func (s *Server) pageError(d *pageData, err error, text []byte) int {
	u := d.U
	switch {
	case errors.Is(err, consistency.ErrEmpty):
		d.Error = u.ErrEmpty
		return http.StatusBadRequest
	case errors.Is(err, consistency.ErrInvalidUTF8):
		pos := finding.NewLineIndex(text).At(firstInvalid(text))
		d.Error = u.errUTF8(pos.Line, pos.Column)
		d.Text = "" // not UTF-8: not shown back
		return http.StatusBadRequest
	case errors.Is(err, consistency.ErrTooLarge):
		d.Error = u.errTooLarge(s.cfg.MaxBodyBytes)
		return http.StatusRequestEntityTooLarge
	}
	s.log.Printf("nazir serve: /: %v", err)
	d.Error = u.ErrInternal
	return http.StatusInternalServerError
}

// fillResult puts the report, its summary and the corrections on the page.
func (s *Server) fillResult(d *pageData, rep *finding.Report, view []byte, fromHTML bool) error {
	u := d.U
	docs := []report.Document{{Report: rep, Text: view}}
	var style bytes.Buffer
	if err := report.HTMLStyle(&style, docs); err != nil {
		return err
	}
	d.Style = template.CSS(style.String()) // report's own sheet: generated, no input in it
	res := &pageResult{Summary: u.findings(len(rep.Findings)), FromHTML: fromHTML, docs: docs, Checked: d.Text}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		it := fixItem{
			ID: "accept-" + strconv.Itoa(i+1), Value: acceptValue(i, f), Anchor: "#d1-f" + strconv.Itoa(i+1),
			Kind: u.kind(f.Kind), Severity: u.severity(f.Severity), SevClass: string(f.Severity),
			Old: f.Text, Where: u.line(f.Line), Canonical: f.Canonical, Message: f.Message,
			Checked: f.Severity.Rank() >= finding.SeverityWarning.Rank(),
		}
		if f.Suggestion == nil {
			seen := map[string]bool{}
			for _, m := range f.Mentions {
				if !seen[m.Text] {
					seen[m.Text] = true
					it.Spellings = append(it.Spellings, m.Text)
				}
			}
			res.Manual = append(res.Manual, it)
			continue
		}
		it.New = *f.Suggestion
		res.Fixes = append(res.Fixes, it)
	}
	d.Result = res
	return nil
}

// renderPage writes the page: its top, the report's sections (if any)
// straight from package report, its bottom. Nothing is held whole: a
// failure after the headers (a client gone) is logged.
func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, status int, d *pageData) {
	if d.Style == "" {
		var style bytes.Buffer
		if err := report.HTMLStyle(&style, nil); err == nil {
			d.Style = template.CSS(style.String())
		}
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	err := pageTop.Execute(w, d)
	if err == nil && d.Result != nil {
		err = (report.HTMLOptions{Language: d.U.Lang}).Sections(w, d.Result.docs)
	}
	if err == nil {
		err = pageBottom.Execute(w, d)
	}
	if err != nil {
		s.log.Printf("nazir serve: /: writing the page: %v", err)
	}
}

// readForm reads the page's form: multipart (the check form, which may
// carry a file) or URL-encoded (the fix form), within MaxBodyBytes. On
// error it returns the status to answer with.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request) (*pageForm, int, error) {
	f := &pageForm{}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		return f, http.StatusRequestEntityTooLarge, errors.New("too large")
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	fail := func(err error) (*pageForm, int, error) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return f, http.StatusRequestEntityTooLarge, err
		}
		return f, http.StatusBadRequest, err
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return f, http.StatusUnsupportedMediaType, fmt.Errorf("Content-Type: %w", err)
	}
	set := func(name string, v []byte, fileName, fileType string) {
		switch name {
		case "lang":
			f.lang = string(v)
		case "action":
			f.action = string(v)
		case "text":
			f.text = string(unixLines(v))
		case "input":
			f.input = string(v)
		case "checked":
			f.checked = string(v)
		case "accept":
			f.accept = append(f.accept, string(v))
		case "file":
			if fileName != "" || len(v) > 0 {
				f.file, f.fileName, f.fileType = v, fileName, fileType
			}
		}
	}
	switch mt {
	case "multipart/form-data":
		mr, err := r.MultipartReader()
		if err != nil {
			return fail(err)
		}
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return fail(err)
			}
			v, err := io.ReadAll(p)
			if err != nil {
				return fail(err)
			}
			set(p.FormName(), v, p.FileName(), p.Header.Get("Content-Type"))
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return fail(err)
		}
		for name, vs := range r.PostForm {
			for _, v := range vs {
				set(name, []byte(v), "", "")
			}
		}
	default:
		return f, http.StatusUnsupportedMediaType, fmt.Errorf("Content-Type %q: want multipart/form-data or application/x-www-form-urlencoded", mt)
	}
	return f, 0, nil
}

// looksLikeHTML says whether an upload or a paste is a web page: by its
// name, its type, or a start that only HTML has.
func looksLikeHTML(src []byte, name, ctype string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	case ".txt":
		return false
	}
	if mt, _, err := mime.ParseMediaType(ctype); err == nil && (mt == "text/html" || mt == "application/xhtml+xml") {
		return true
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(src, []byte("\uFEFF")), " \t\r\n")
	head = head[:min(len(head), 15)]
	return hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html")
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// unixLines turns CRLF and CR line breaks into LF. A browser sends every
// line break of a form field as CRLF, whatever the editor pasted; the
// page reads them all as LF, so that the text it checks, the text the fix
// form sends back and the corrected text agree byte for byte.
func unixLines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}

// pageScript enhances the page where scripts run: a button that copies the
// corrected text. Without it the text is selected and copied by hand.
const pageScript = `(function () {
  var btn = document.getElementById("copy");
  var area = document.getElementById("corrected");
  var status = document.getElementById("copy-status");
  if (!btn || !area) return;
  btn.hidden = false;
  btn.addEventListener("click", function () {
    var done = function () { status.textContent = btn.dataset.copied; };
    var failed = function () { area.focus(); area.select(); status.textContent = btn.dataset.failed; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, failed);
      return;
    }
    area.focus();
    area.select();
    try { document.execCommand("copy") ? done() : failed(); } catch (e) { failed(); }
  });
})();`

// pageCSP allows the page's own inline styles, its one script (by hash)
// and form posts to itself; nothing is loaded from elsewhere.
var pageCSP = func() string {
	sum := sha256.Sum256([]byte(pageScript))
	return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}()

// pageCSS styles the form and the corrections; the report has its own.
const pageCSS = `
.nz-page { max-width: 78rem; margin: 0 auto; }
.nz-page header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
.nz-page header p { margin: 0; color: var(--muted); flex: 1 1 30rem; }
.nz-skip { position: absolute; inset-inline-start: -999rem; }
.nz-skip:focus { position: static; }
.nz-form { display: grid; gap: .6rem; max-width: 60rem; }
.nz-form label, .nz-form legend, .nz-fixes legend { font-weight: bold; }
.nz-hint { color: var(--muted); font-size: .9rem; margin: 0; }
textarea { width: 100%; min-height: 12rem; font: inherit; font-size: 1.05rem; line-height: 1.9; padding: .5rem; border: 1px solid #9ca3af; border-radius: 6px; }
textarea[readonly] { background: #f9fafb; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem .6rem; margin: 0; }
fieldset label { font-weight: normal; margin-inline-end: 1.2rem; }
button { font: inherit; font-weight: bold; padding: .45rem 1.3rem; border-radius: 6px; border: 2px solid #1d4ed8; background: #1d4ed8; color: #fff; cursor: pointer; justify-self: start; }
button.nz-secondary { background: #fff; color: #1d4ed8; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.nz-error { border: 2px solid var(--error); background: #fef2f2; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
.nz-result, .nz-fixed { margin-top: 1.5rem; border-top: 3px solid var(--line); }
.nz-summary-line { font-size: 1.1rem; font-weight: bold; }
.nz-fixes { margin-top: 1.2rem; display: grid; gap: .6rem; }
.nz-fixes ul { list-style: none; padding: 0; margin: 0; }
.nz-fixes li { padding: .35rem 0; border-bottom: 1px dotted var(--line); }
.nz-fixes li label { cursor: pointer; }
.nz-old { color: var(--error); text-decoration: line-through; }
.nz-new { color: #047857; font-weight: bold; }
.nz-sevtag { display: inline-block; border-radius: 3px; padding: 0 .35em; font-size: .85em; background: #e5e7eb; }
.nz-sevtag.error { background: var(--error); color: var(--error-fg); }
.nz-sevtag.warning { background: var(--warning-bg); }
.nz-page footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
`

// pageTemplate is the page; pageTop and pageBottom are its parts before
// and after the report's sections, which renderPage writes between them
// straight from package report (a report of a long text is large: it is
// never held in memory whole).
var pageTop, pageBottom = func() (*template.Template, *template.Template) {
	top, bottom, ok := strings.Cut(pageTemplate, reportMark)
	if !ok {
		panic("server: the page template has no report mark")
	}
	return template.Must(template.New("top").Parse(top)), template.Must(template.New("bottom").Parse(bottom))
}()

// reportMark is where the report goes in pageTemplate.
const reportMark = "<!-- report -->"

const pageTemplate = `<!DOCTYPE html>
<html lang="{{.U.Lang}}" dir="{{.U.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nazir {{.Version}}">
<title>{{.U.Title}}</title>
<style>
{{.Style}}
` + pageCSS + `</style>
</head>
<body>
<div class="nz-page">
{{if or .Result .Fixed}}<a class="nz-skip" href="#result">{{.U.SkipToResult}}</a>{{end}}
<header>
<h1>{{.U.Title}}</h1>
<p>{{.U.Tagline}}</p>
<a href="/?lang={{.U.Other}}" lang="{{.U.Other}}" hreflang="{{.U.Other}}">{{.U.OtherName}}</a>
</header>
<main>
{{if .Error}}<div class="nz-error" role="alert" id="error">{{.Error}}</div>{{end}}
<form class="nz-form" method="post" action="/#result" enctype="multipart/form-data" id="check-form">
<input type="hidden" name="lang" value="{{.U.Lang}}">
<label for="text">{{.U.TextLabel}}</label>
<p class="nz-hint" id="text-hint">{{.U.TextHint}}</p>
<textarea id="text" name="text" dir="auto" rows="14" aria-describedby="text-hint">{{.Text}}</textarea>
<label for="file">{{.U.FileLabel}}</label>
<p class="nz-hint" id="file-hint">{{.FileHint}}</p>
<input type="file" id="file" name="file" accept=".txt,.html,.htm,text/plain,text/html" aria-describedby="file-hint">
<fieldset>
<legend>{{.U.KindLegend}}</legend>
<label><input type="radio" name="input" value="auto"{{if eq .Input "auto"}} checked{{end}}> {{.U.KindAuto}}</label>
<label><input type="radio" name="input" value="text"{{if eq .Input "text"}} checked{{end}}> {{.U.KindText}}</label>
<label><input type="radio" name="input" value="html"{{if eq .Input "html"}} checked{{end}}> {{.U.KindHTML}}</label>
</fieldset>
<button type="submit" name="action" value="check" id="check">{{.U.CheckButton}}</button>
</form>
{{with .Result}}
<section class="nz-result" aria-labelledby="result">
<h2 id="result" tabindex="-1">{{$.U.ResultHeading}}</h2>
<p class="nz-summary-line" role="status">{{.Summary}}</p>
{{if .FromHTML}}<p class="nz-hint">{{$.U.FromHTML}}</p>{{end}}
{{if or .Fixes .Manual}}<p class="nz-hint">{{$.U.ReportHint}} <a href="#fix-form">{{$.U.SkipToFixes}}</a></p>{{end}}
{{end}}
<!-- report -->
{{with .Result}}
<form class="nz-fixes" method="post" action="/#result" id="fix-form">
<input type="hidden" name="lang" value="{{$.U.Lang}}">
<input type="hidden" name="checked" value="{{.Checked}}">
<fieldset>
<legend>{{$.U.FixesHeading}}</legend>
{{if .Fixes}}<p class="nz-hint">{{$.U.FixesHint}}</p>
<ul>
{{range .Fixes}}<li><input type="checkbox" name="accept" value="{{.Value}}" id="{{.ID}}"{{if .Checked}} checked{{end}}>
<label for="{{.ID}}"><span class="nz-sevtag {{.SevClass}}">{{.Severity}}</span> {{.Kind}}: <span class="nz-old">«{{.Old}}»</span> ← <span class="nz-new">«{{.New}}»</span> ({{.Where}})</label>
<a href="{{.Anchor}}">{{$.U.GoTo}}</a>{{if .Message}}<br><span class="nz-hint">{{.Message}}</span>{{end}}</li>
{{end}}</ul>
{{else}}<p>{{$.U.NoFixes}}</p>{{end}}
</fieldset>
{{if .Fixes}}<button type="submit" name="action" value="fix" id="apply">{{$.U.ApplyButton}}</button>{{end}}
</form>
{{if .Manual}}<section class="nz-fixes" aria-labelledby="manual-h">
<h3 id="manual-h">{{$.U.ManualHeading}}</h3>
<p class="nz-hint">{{$.U.ManualHint}}</p>
<ul>
{{range .Manual}}<li><span class="nz-sevtag {{.SevClass}}">{{.Severity}}</span> {{.Kind}}: {{range $i, $s := .Spellings}}{{if $i}}، {{end}}«{{$s}}»{{else}}«{{.Old}}»{{end}}{{if .Canonical}} ← «{{.Canonical}}»{{end}} ({{.Where}}) <a href="{{.Anchor}}">{{$.U.GoTo}}</a>{{if .Message}}<br><span class="nz-hint">{{.Message}}</span>{{end}}</li>
{{end}}</ul>
</section>{{end}}
</section>
{{end}}
{{with .Fixed}}
<section class="nz-fixed" aria-labelledby="result">
<h2 id="result" tabindex="-1">{{$.U.CorrectedHeading}}</h2>
<p class="nz-summary-line" role="status">{{.Summary}}</p>
{{if .NotApplied}}<ul>{{range .NotApplied}}<li>{{.}}</li>{{end}}</ul>{{end}}
<label for="corrected">{{$.U.CorrectedLabel}}</label>
<textarea id="corrected" dir="auto" rows="14" readonly>{{.Text}}</textarea>
<p><button type="button" id="copy" class="nz-secondary" hidden data-copied="{{$.U.Copied}}" data-failed="{{$.U.CopyFailed}}">{{$.U.CopyButton}}</button>
<span id="copy-status" role="status"></span></p>
<p class="nz-hint">{{$.U.RecheckHint}}</p>
</section>
{{end}}
</main>
<footer><p>{{.Footer}}</p></footer>
</div>
<script>` + pageScript + `</script>
</body>
</html>
`
