package server

import (
	"bytes"
	"html"
	"mime/multipart"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// multipartForm encodes fields (and a file, if name is not empty) as the
// check form sends them.
func multipartForm(t *testing.T, fields map[string]string, fileName string, file []byte) (string, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	fw, err := mw.CreateFormFile("file", fileName)
	require.NoError(t, err)
	_, err = fw.Write(file)
	require.NoError(t, err)
	require.NoError(t, mw.Close())
	return mw.FormDataContentType(), b.String()
}

var (
	acceptRE  = regexp.MustCompile(`name="accept" value="([^"]*)"`)
	checkedRE = regexp.MustCompile(`(?s)name="checked" value="([^"]*)"`)
	fixedRE   = regexp.MustCompile(`(?s)<textarea id="corrected"[^>]*>(.*?)</textarea>`)
	textRE    = regexp.MustCompile(`(?s)<textarea id="text"[^>]*>(.*?)</textarea>`)
	alertRE   = regexp.MustCompile(`(?s)role="alert" id="error">(.*?)</div>`)
)

// TestPageAccessible: the empty page is Arabic and right to left by
// default, English on request; every field has a label, the buttons are
// buttons, and nothing is loaded from elsewhere.
func TestPageAccessible(t *testing.T) {
	s := newServer(t, Config{})
	for _, c := range []struct{ target, lang, dir, button string }{
		{"/", "ar", "rtl", "دقّق البيان"},
		{"/?lang=en", "en", "ltr", "Check the release"},
		{"/?lang=xx", "ar", "rtl", "دقّق البيان"},
	} {
		w := do(s, "GET", c.target, "", "")
		require.Equal(t, 200, w.Code)
		page := w.Body.String()
		assert.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
		assert.Contains(t, w.Header().Get("Content-Security-Policy"), "default-src 'none'")
		assert.Contains(t, page, `<html lang="`+c.lang+`" dir="`+c.dir+`">`)
		assert.Contains(t, page, `<button type="submit" name="action" value="check" id="check">`+c.button+`</button>`)
		for _, id := range []string{"text", "file"} {
			assert.Contains(t, page, `<label for="`+id+`">`, "field %s has a label", id)
			assert.Contains(t, page, `id="`+id+`"`)
		}
		assert.Equal(t, 3, strings.Count(page, `<label><input type="radio" name="input"`), "the radios are inside their labels")
		assert.NotRegexp(t, `(?i)<(img|link|script) [^>]*(src|href)=`, page, "nothing external")
		assert.Contains(t, page, `<input type="hidden" name="lang" value="`+c.lang+`">`)
	}
	head := do(s, "HEAD", "/", "", "")
	assert.Equal(t, 200, head.Code)
	assert.Empty(t, head.Body.String())
	assert.Equal(t, 405, do(s, "DELETE", "/", "", "").Code)
}

// checkPage posts the check form and returns the page.
func checkPage(t *testing.T, s *Server, fields map[string]string, fileName string, file []byte, status int) string {
	t.Helper()
	ct, body := multipartForm(t, fields, fileName, file)
	w := do(s, "POST", "/", ct, body)
	require.Equal(t, status, w.Code, "%s", w.Body.String())
	return w.Body.String()
}

// TestPageCheckAndFix: the example release pasted shows every finding
// highlighted and the corrections to choose; applying one gives the text
// with that correction alone; applying all gives `nazir fix`'s text.
func TestPageCheckAndFix(t *testing.T) {
	s := newServer(t, Config{})
	c, _ := checkers()
	text := readFile(t, exampleRelease)
	rep, err := c.Check(text)
	require.NoError(t, err)

	page := checkPage(t, s, map[string]string{"text": string(text), "action": "check"}, "", nil, 200)
	for i, f := range rep.Findings {
		assert.Contains(t, page, `id="d1-f`+itoa(i+1)+`"`, "finding %d (%s) is highlighted", i+1, f.Text)
	}
	assert.Contains(t, page, newUI(i18n.Arabic).findings(len(rep.Findings)))
	accepts := acceptRE.FindAllStringSubmatch(page, -1)
	withSugg := 0
	for _, f := range rep.Findings {
		if f.Suggestion != nil {
			withSugg++
		}
	}
	require.Len(t, accepts, withSugg, "a checkbox per suggestion")
	checked := html.UnescapeString(checkedRE.FindStringSubmatch(page)[1])
	require.Equal(t, string(text), checked, "the fix form carries the checked text")

	fixWith := func(vals []string) string {
		form := url.Values{"lang": {"ar"}, "action": {"fix"}, "checked": {strings.ReplaceAll(checked, "\n", "\r\n")}} // as a browser sends it
		for _, v := range vals {
			form.Add("accept", v)
		}
		w := do(s, "POST", "/", "application/x-www-form-urlencoded", form.Encode())
		require.Equal(t, 200, w.Code, "%s", w.Body.String())
		m := fixedRE.FindStringSubmatch(w.Body.String())
		require.NotNil(t, m, "the corrected text is shown")
		assert.Equal(t, m[1], textRE.FindStringSubmatch(w.Body.String())[1], "and put in the text box to check again")
		return html.UnescapeString(strings.TrimPrefix(m[1], "\n"))
	}
	first := html.UnescapeString(accepts[0][1])
	var i0 int
	for i, f := range rep.Findings {
		if acceptValue(i, &f) == first {
			i0 = i
		}
	}
	f := rep.Findings[i0]
	assert.Equal(t, string(text[:f.Start])+*f.Suggestion+string(text[f.End:]), fixWith([]string{first}))

	var all []string
	for _, a := range accepts {
		all = append(all, html.UnescapeString(a[1]))
	}
	want, err := fixes(rep, text, nil, nil)
	require.Nil(t, err)
	assert.Equal(t, string(want.text), fixWith(all))
	assert.Equal(t, string(text), fixWith(nil), "nothing accepted: the text as it was")
}

// TestPageForms: the other ways in (an uploaded text file, a saved web
// page, English, CRLF line breaks) and the ways a form goes wrong.
func TestPageForms(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 64 << 10})
	text := readFile(t, exampleRelease)
	c, _ := checkers()
	rep, err := c.Check(text)
	require.NoError(t, err)
	lastID := `id="d1-f` + itoa(len(rep.Findings)) + `"` // every finding is on the page
	pageHTML := "<!DOCTYPE html><html><head><title>خبر</title><style>p{}</style></head><body><nav>الرئيسية</nav><article><p>" +
		strings.ReplaceAll(string(text), "\n", "</p>\n<p>") + "</p></article></body></html>"

	t.Run("Arabic report", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": string(text)}, "", nil, 200)
		assert.Contains(t, p, `<h3 class="nz-h">المشاركون</h3>`)
		assert.NotContains(t, p, "Afghanistan")
	})
	t.Run("uploaded text file", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": "ignored when a file comes"}, "release.txt", text, 200)
		assert.Contains(t, p, "release.txt")
		assert.Contains(t, p, lastID)
	})
	t.Run("saved web page", func(t *testing.T) {
		p := checkPage(t, s, nil, "news.html", []byte(pageHTML), 200)
		assert.Contains(t, p, "استُخرج نص صفحة الويب")
		assert.Contains(t, p, lastID)
		assert.NotContains(t, textRE.FindStringSubmatch(p)[1], "&lt;article", "the text box holds the page's text")
	})
	t.Run("pasted web page", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": pageHTML, "input": "auto"}, "", nil, 200)
		assert.Contains(t, p, "استُخرج نص صفحة الويب")
	})
	t.Run("HTML as plain text on request", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": "<html> " + string(text), "input": "text"}, "", nil, 200)
		assert.NotContains(t, p, "استُخرج نص صفحة الويب")
	})
	t.Run("English", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": string(text), "lang": "en"}, "", nil, 200)
		assert.Contains(t, p, `<html lang="en" dir="ltr">`)
		assert.Contains(t, p, newUI(i18n.English).findings(len(rep.Findings)))
		assert.Contains(t, p, "Apply the selected corrections")
		assert.Contains(t, p, `<h3 class="nz-h">Participants</h3>`, "the report in English too")
		assert.Contains(t, p, "Afghanistan", "and the findings' messages")
	})
	t.Run("CRLF read as LF", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": strings.ReplaceAll(string(text), "\n", "\r\n")}, "", nil, 200)
		assert.Equal(t, string(text), html.UnescapeString(checkedRE.FindStringSubmatch(p)[1]))
	})
	t.Run("clean release", func(t *testing.T) {
		p := checkPage(t, s, map[string]string{"text": string(readFile(t, cleanRelease))}, "", nil, 200)
		assert.Contains(t, p, "لم يجد نظير ما يستدعي المراجعة.")
		assert.Contains(t, p, "لا تصحيحات مقترحة لهذا النص.")
		assert.NotContains(t, p, `id="apply"`)
	})

	errPage := func(t *testing.T, status int, ct, body, says string) {
		t.Helper()
		w := do(s, "POST", "/", ct, body)
		require.Equal(t, status, w.Code, "%s", w.Body.String())
		m := alertRE.FindStringSubmatch(w.Body.String())
		require.NotNil(t, m, "an error is shown")
		assert.Contains(t, html.UnescapeString(m[1]), says)
	}
	t.Run("empty", func(t *testing.T) {
		ct, body := multipartForm(t, map[string]string{"text": " \r\n "}, "", nil)
		errPage(t, 400, ct, body, "لا نص لتدقيقه")
	})
	t.Run("not UTF-8", func(t *testing.T) {
		ct, body := multipartForm(t, nil, "old.txt", []byte("\xc7\xe1\xcc\xc7\xe4\xc8 windows-1256"))
		errPage(t, 400, ct, body, "ليس بترميز UTF-8 (أول خلل في السطر 1، العمود 1)")
	})
	t.Run("too large", func(t *testing.T) {
		ct, body := multipartForm(t, map[string]string{"text": strings.Repeat("ب", 40<<10)}, "", nil)
		errPage(t, 413, ct, body, "النص أطول من الحد المسموح به (64 كيلوبايت)")
	})
	t.Run("wrong content type", func(t *testing.T) {
		errPage(t, 415, "application/json", `{"text":"x"}`, "application/json")
	})
	t.Run("broken multipart", func(t *testing.T) {
		errPage(t, 400, "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc", "تعذّرت قراءة النموذج")
	})
	t.Run("stale fix form", func(t *testing.T) {
		form := url.Values{"action": {"fix"}, "checked": {string(text)}, "accept": {"0:1:2"}}
		errPage(t, 409, "application/x-www-form-urlencoded", form.Encode(), "تغيّر النص منذ تدقيقه")
	})
}

func TestLooksLikeHTML(t *testing.T) {
	for _, c := range []struct {
		src, name, ctype string
		want             bool
	}{
		{"<!DOCTYPE html><p>x", "", "", true},
		{"\uFEFF \n<HTML>", "", "", true},
		{"x", "page.HTM", "", true},
		{"x", "", "text/html; charset=utf-8", true},
		{"<!doctype html>", "notes.txt", "", false},
		{"نص <b>عادي</b>", "", "text/plain", false},
		{"<p>بداية فقرة", "", "", false},
		{"", "", "", false},
	} {
		assert.Equal(t, c.want, looksLikeHTML([]byte(c.src), c.name, c.ctype), "%+v", c)
	}
}

func TestUnixLines(t *testing.T) {
	for in, want := range map[string]string{
		"":              "",
		"a\nb":          "a\nb",
		"a\r\nb\r\n":    "a\nb\n",
		"a\rb\r":        "a\nb\n",
		"a\r\r\nb\n\rc": "a\n\nb\n\nc",
	} {
		assert.Equal(t, want, string(unixLines([]byte(in))), "%q", in)
	}
}

func TestPlural(t *testing.T) {
	u := newUI(i18n.Arabic)
	for n, want := range map[int]string{
		0: "لم يجد نظير ما يستدعي المراجعة.", 1: "ملاحظة واحدة تستدعي المراجعة.", 2: "ملاحظتان تستدعيان المراجعة.",
		3: "3 ملاحظات تستدعي المراجعة.", 10: "10 ملاحظات تستدعي المراجعة.", 11: "11 ملاحظة تستدعي المراجعة.",
		100: "100 ملاحظة تستدعي المراجعة.", 103: "103 ملاحظات تستدعي المراجعة.",
	} {
		assert.Equal(t, want, u.findings(n), "%d", n)
	}
	assert.Equal(t, "طُبّق تصحيحان.", u.applied(2))
	en := newUI(i18n.English)
	assert.Equal(t, "nazir found nothing to review.", en.findings(0))
	assert.Equal(t, "One finding to review.", en.findings(1))
	assert.Equal(t, "2 findings to review.", en.findings(2))
	assert.Equal(t, "2 ميغابايت", u.size(2<<20))
	assert.Equal(t, "1,500 كيلوبايت", u.size(1500<<10))
	assert.Equal(t, "2 MB", en.size(2<<20))
}

// TestPageNamesEveryKind: every finding kind and severity has a name in
// both languages (the fix list shows them).
func TestPageNamesEveryKind(t *testing.T) {
	ar, en := newUI(i18n.Arabic), newUI(i18n.English)
	for _, k := range []finding.Kind{finding.CountryConflict, finding.NameVariant, finding.WrongGivenName, finding.HiddenControl} {
		assert.NotEqual(t, string(k), ar.kind(k))
		assert.NotRegexp(t, "[a-z]", ar.kind(k), "Arabic for %s", k)
		assert.Equal(t, strings.ReplaceAll(string(k), "-", " "), en.kind(k))
	}
	for _, sev := range []finding.Severity{finding.SeverityError, finding.SeverityWarning, finding.SeverityInfo} {
		assert.NotRegexp(t, "[a-z]", ar.severity(sev), "Arabic for %s", sev)
		assert.Equal(t, string(sev), en.severity(sev))
	}
	assert.Equal(t, i18n.English, pageLang("en"))
	assert.Equal(t, i18n.English, pageLang("en-GB"))
	assert.Equal(t, i18n.Arabic, pageLang(""))
	assert.Equal(t, i18n.Arabic, pageLang("xx"))
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestPageManualFindings: a finding without a suggestion is listed for
// the editor to decide, with its spellings and the one to use, and gets
// no checkbox.
func TestPageManualFindings(t *testing.T) {
	s := newServer(t, Config{})
	text := []byte("قال بايراموف إن جيهون بيراموف يزور بكين")
	i := bytes.Index(text, []byte("بايراموف"))
	rep := &finding.Report{Findings: []finding.Finding{{
		Kind: finding.NameVariant, Severity: finding.SeverityWarning, Confidence: 0.9,
		Start: i, End: i + len("بايراموف"), Line: 1, Column: 5, Text: "بايراموف", Canonical: "جيهون بيراموف",
		Mentions: []finding.Span{{Start: i, End: i + len("بايراموف"), Text: "بايراموف"}, {Start: bytes.Index(text, []byte("جيهون")), End: len("قال بايراموف إن جيهون بيراموف"), Text: "جيهون بيراموف"}},
	}}}
	d := s.newPageData(i18n.Arabic, string(text), "auto")
	require.NoError(t, s.fillResult(d, rep, text, false))
	w := httptest.NewRecorder()
	s.renderPage(w, httptest.NewRequest("POST", "/", nil), 200, d)
	page := w.Body.String()
	assert.Contains(t, page, "ملاحظات تنتظر قرار المحرر")
	assert.Contains(t, page, "«بايراموف»، «جيهون بيراموف» ← «جيهون بيراموف»")
	assert.NotContains(t, page, `name="accept"`)
	assert.Contains(t, page, "لا تصحيحات مقترحة لهذا النص.")
}
