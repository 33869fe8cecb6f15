package server

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
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
