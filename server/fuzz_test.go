package server

import (
	"encoding/json"
	"mime/multipart"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/internal/i18n"
)

// FuzzAPI sends any body to /v1/check and /v1/fix: the answer is never a
// 5xx, always JSON; a 200 to /v1/check is a report with the version, an
// error names a code and a message.
func FuzzAPI(f *testing.F) {
	s := newServer(f, Config{MaxBodyBytes: 64 << 10})
	for _, seed := range []string{
		`{"text": "` + shortSlip + `"}`,
		`{"text": "` + shortSlip + `", "options": {"input": "html", "min_confidence": 0.9, "language": "en"}}`,
		`{"text": "<p>الجانب الأفغاني</p>", "options": {"input": "html"}, "accept": [0]}`,
		`{"text": "x", "accept": [1, 2, -1]}`,
		`{"text": "` + shortSlip + `", "accept": ["0123456789abcdef", 0, true]}`,
		`{"text": "\ud800"}`, `{"text": "` + "\x00" + `"}`,
		`{"text": 1}`, `[]`, `null`, `{"text": "x"} x`, "\xff", "", `{"options": {"x": 1}}`,
	} {
		f.Add(seed, false)
		f.Add(seed, true)
	}
	f.Fuzz(func(t *testing.T, body string, fix bool) {
		path := "/v1/check"
		if fix {
			path = "/v1/fix"
		}
		w := do(s, "POST", path, "application/json", body)
		if w.Code >= 500 {
			t.Fatalf("%d for %q: %s", w.Code, body, w.Body.String())
		}
		if !utf8.Valid(w.Body.Bytes()) || !json.Valid(w.Body.Bytes()) {
			t.Fatalf("not JSON: %q", w.Body.String())
		}
		if w.Code != 200 {
			var e errorBody
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" || e.Error.Status != w.Code {
				t.Fatalf("error without code or message: %s", w.Body.String())
			}
			return
		}
		var v struct {
			Version  string
			Findings []json.RawMessage
			Text     *string
		}
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil || v.Version == "" {
			t.Fatalf("no version: %s", w.Body.String())
		}
		if fix && v.Text == nil {
			t.Fatalf("a fix without text: %s", w.Body.String())
		}
	})
}

// FuzzPage posts any text (and any content kind and language) to the
// page's check form: the answer is never a 5xx and always a UTF-8 page in
// the language asked for.
func FuzzPage(f *testing.F) {
	s := newServer(f, Config{MaxBodyBytes: 64 << 10})
	for _, seed := range []string{shortSlip, "<!DOCTYPE html><p>" + shortSlip, "\r\n\r", "\xff\xfe", "", "<html><script>x</script>", "\u202e" + shortSlip} {
		f.Add(seed, "auto", "ar")
		f.Add(seed, "html", "en")
		f.Add(seed, "text", "xx")
	}
	f.Fuzz(func(t *testing.T, text, input, lang string) {
		var b strings.Builder
		mw := multipart.NewWriter(&b)
		for k, v := range map[string]string{"text": text, "input": input, "lang": lang} {
			if err := mw.WriteField(k, v); err != nil {
				t.Fatal(err)
			}
		}
		if err := mw.Close(); err != nil {
			t.Fatal(err)
		}
		w := do(s, "POST", "/", mw.FormDataContentType(), b.String())
		if w.Code >= 500 {
			t.Fatalf("%d for %q", w.Code, text)
		}
		page := w.Body.String()
		if !utf8.ValidString(page) {
			t.Fatalf("the page is not UTF-8 for %q", text)
		}
		want := `<html lang="ar" dir="rtl">`
		if pageLang(lang) == i18n.English {
			want = `<html lang="en" dir="ltr">`
		}
		if !strings.Contains(page, want) {
			t.Fatalf("no %s for lang %q", want, lang)
		}
	})
}
