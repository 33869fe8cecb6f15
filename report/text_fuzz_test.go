package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// FuzzText: the terminal report never panics, whatever the spans, shows
// one location line per finding, is valid UTF-8 when its input is, and
// holds no control character but its line breaks (whatever the text).
func FuzzText(f *testing.F) {
	f.Add([]byte("قال الجانب الأفغاني\r\nإن"), 11, 30, 0, 3)
	f.Add([]byte("\xff\x00ab\rcd"), 0, 2, 5, 1)
	f.Add([]byte(strings.Repeat("كلمة ", 300)), 600, 640, 2, 9)
	f.Add([]byte("\x1b[2J\x1b[8mالجانب\u009b الأفغاني\x7f"), 1, 20, 11, 30)
	f.Fuzz(func(t *testing.T, text []byte, s1, e1, s2, e2 int) {
		sugg := "بديل"
		rep := &finding.Report{File: "f.txt", Findings: []finding.Finding{
			{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: s1, End: e1, Line: 1, Column: 1, Text: "x", Suggestion: &sugg, Message: "m"},
			{Kind: finding.NameVariant, Severity: finding.SeverityWarning, Start: s2, End: e2, Line: 1, Column: 1, Message: "v",
				Mentions: []finding.Span{{Start: s1, End: e1, Text: "a"}, {Start: s2, End: e2, Text: "b"}}},
		}}
		var b strings.Builder
		require.NoError(t, Text(&b, rep, text))
		out := b.String()
		require.Equal(t, 2, strings.Count(out, "f.txt:1:1: "), "one location line per finding")
		if utf8.Valid(text) && validSpan(text, s1, e1) && validSpan(text, s2, e2) {
			require.True(t, utf8.ValidString(out), "valid text, valid report")
		}
		requireNoControls(t, out)
	})
}

// requireNoControls fails if out holds a control character other than a
// line feed, or a C1 control, or a byte of invalid UTF-8 that could be one
// (0x80–0x9F).
func requireNoControls(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			require.False(t, out[i] >= 0x80 && out[i] <= 0x9f, "raw byte %#x at %d", out[i], i)
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f:
			require.Failf(t, "control in text output", "%U at byte %d of %q", r, i, out)
		}
		i += size
	}
}
