package consistency_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/longtest"
)

// TestInputShapes: inputs of every odd shape are checked or refused with
// a clear error, never a panic.
func TestInputShapes(t *testing.T) {
	c := checker(t)
	tests := []struct {
		name    string
		src     string
		err     error
		mention string // an entity id that must be among the mentions
	}{
		{"empty", "", consistency.ErrEmpty, ""},
		{"spaces and newlines", " \n\t\r\n ", consistency.ErrEmpty, ""},
		{"a BOM alone", "\ufeff", nil, ""},
		{"only punctuation", "،؛؟!?.,:;\"'()[]{}«»—…-/\\*&^%$#@~`|<>=+_\n", nil, ""},
		{"only digits", "2026 ٢٠٢٦ ۲۰۲۶ 3.5 1,000", nil, ""},
		{"only Latin", "The foreign ministers of China and Azerbaijan met in Beijing.", nil, "AZ"},
		{"only harakat and tatweel", "ًٌٍَُِّْـــ", nil, ""},
		{"only controls", "\u202e\u200c\u200d\u2066\u2069", nil, ""},
		{"NUL and C0 controls", "الصين\x00أذربيجان\x01\x02\x7f", nil, "AZ"},
		{"invalid UTF-8", "الصين \xff\xfe أذربيجان", consistency.ErrInvalidUTF8, ""},
		{"truncated rune at the end", "الصين \xd8", consistency.ErrInvalidUTF8, ""},
		{"Latin country name in an Arabic sentence", "التقى وزير الخارجية الصيني نظيره من Azerbaijan في بكين.", nil, "AZ"},
		{"Latin official name", "Republic of Azerbaijan", nil, "AZ"},
		{"one very long word", strings.Repeat("ب", 100000), nil, ""},
		{"many short lines", strings.Repeat("ا\n", 50000), nil, ""},
		{"many CR only lines", strings.Repeat("أذربيجان\r", 2000), nil, "AZ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.src))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				assert.Nil(t, rep)
				return
			}
			require.NoError(t, err)
			requireWellFormed(t, rep, []byte(tc.src))
			if tc.mention != "" {
				var ids []string
				for _, m := range rep.Mentions.All() {
					ids = append(ids, m.Entity)
				}
				assert.Contains(t, ids, tc.mention)
			}
		})
	}
}

// requireWellFormed checks the invariants of every report: spans inside the
// text, texts equal to the spanned bytes, line and column matching the
// offset.
func requireWellFormed(t testing.TB, rep *consistency.Report, src []byte) {
	t.Helper()
	require.NotNil(t, rep.Findings)
	require.False(t, rep.Mentions.IsNil())
	require.NotNil(t, rep.Participants)
	for _, m := range rep.Mentions.All() {
		require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(src), "mention %+v", m)
		require.Equal(t, string(src[m.Start:m.End]), m.Text)
	}
	pos := &positions{src: src, line: 1, col: 1}
	for _, f := range rep.Findings {
		require.True(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(src), "finding %+v", f)
		require.Equal(t, string(src[f.Start:f.End]), f.Text)
		line, col := pos.at(f.Start)
		require.Equal(t, line, f.Line, "line of %+v", f)
		require.Equal(t, col, f.Column, "column of %+v", f)
		for _, e := range f.Evidence {
			require.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(src), "evidence %+v", e)
			require.Equal(t, string(src[e.Start:e.End]), e.Text)
		}
	}
}

// positions is the reference line/column: lines end at LF, CRLF or CR;
// columns count runes from 1. at(off) counts on from the last offset
// asked when off is not before it (findings come in text order), so a
// report's positions read the text once.
type positions struct {
	src       []byte
	i         int  // offset counted to
	line, col int  // at i
	cr        bool // src[i-1] is a CR: an LF at i ends no other line
}

func (p *positions) at(off int) (line, col int) {
	if off < p.i {
		*p = positions{src: p.src, line: 1, col: 1}
	}
	for p.i < off {
		c := p.src[p.i]
		switch {
		case c == '\n' && p.cr:
			p.i++
		case c == '\n' || c == '\r':
			p.line, p.col = p.line+1, 1
			p.i++
		default:
			_, n := decodeRune(p.src[p.i:])
			p.i += n
			p.col++
		}
		p.cr = c == '\r'
	}
	return p.line, p.col
}

func decodeRune(b []byte) (rune, int) {
	r := []rune(string(b[:min(4, len(b))]))
	if len(r) == 0 {
		return 0, 1
	}
	n := len(string(r[0]))
	if r[0] == 0xFFFD && !bytes.HasPrefix(b, []byte("\uFFFD")) {
		n = 1
	}
	return r[0], n
}

// TestLineEndings: the same release with LF, CRLF and CR line endings, and
// with a BOM, gives the same findings at the same lines and columns (the
// BOM shifts byte offsets by three, and columns of the first line by one:
// it is a character of the line).
func TestLineEndings(t *testing.T) {
	c := checker(t)
	lf := example(t)
	require.NotContains(t, lf, "\r")
	base, err := c.Check([]byte(lf))
	require.NoError(t, err)
	require.NotEmpty(t, base.Findings)
	variants := map[string]string{
		"CRLF":       strings.ReplaceAll(lf, "\n", "\r\n"),
		"CR":         strings.ReplaceAll(lf, "\n", "\r"),
		"BOM":        "\ufeff" + lf,
		"BOM + CRLF": "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"),
	}
	for name, src := range variants {
		t.Run(name, func(t *testing.T) {
			rep, err := c.Check([]byte(src))
			require.NoError(t, err)
			requireWellFormed(t, rep, []byte(src))
			require.Len(t, rep.Findings, len(base.Findings))
			for i, f := range rep.Findings {
				b := base.Findings[i]
				assert.Equal(t, b.Kind, f.Kind)
				assert.Equal(t, b.Text, f.Text)
				assert.Equal(t, b.Line, f.Line, "line of %q", f.Text)
				wantCol := b.Column
				if strings.HasPrefix(src, "\ufeff") && f.Line == 1 {
					wantCol++
				}
				assert.Equal(t, wantCol, f.Column, "column of %q", f.Text)
			}
		})
	}
}

// TestSizeLimit: a document above Options.MaxBytes is refused before any
// work, with ErrTooLarge and both sizes in the message.
func TestSizeLimit(t *testing.T) {
	c, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{MaxBytes: 1000}))
	require.NoError(t, err)
	_, err = c.Check(bytes.Repeat([]byte("ا"), 500))
	require.NoError(t, err)
	_, err = c.Check(bytes.Repeat([]byte("ا"), 501))
	require.ErrorIs(t, err, consistency.ErrTooLarge)
	assert.Contains(t, err.Error(), "1002 bytes, limit 1000")

	longtest.Skip(t, "a 100 MB input")
	big := bytes.Repeat([]byte("الصين "), 100<<20/len("الصين "))
	_, err = checker(t).Check(big)
	require.ErrorIs(t, err, consistency.ErrTooLarge)
	assert.Contains(t, err.Error(), fmt.Sprintf("limit %d", consistency.DefaultMaxBytes))
}

// skipHuge skips a test of a 20 MB input unless long tests run, and under
// the race detector.
func skipHuge(t *testing.T) {
	t.Helper()
	longtest.Skip(t, "a 20 MB input")
	if raceDetector {
		t.Skip("20 MB input skipped under -race (too slow); run go test without -race")
	}
}

// bigLine is a 20 MB release of one line: the example release repeated
// with its line breaks made spaces.
func bigLine(t testing.TB) []byte {
	one := strings.ReplaceAll(example(t), "\n", " ") + " "
	return []byte(strings.Repeat(one, 20<<20/len(one)))
}

// TestHugeLine: a 20 MB single line is checked, and the report is well
// formed.
func TestHugeLine(t *testing.T) {
	skipHuge(t)
	src := bigLine(t)
	rep, err := checker(t).Check(src)
	require.NoError(t, err)
	requireWellFormedFast(t, rep, src)
	assert.NotEmpty(t, rep.Findings)
}

// requireWellFormedFast is requireWellFormed for huge inputs: spans and
// texts, and lines (all findings on line 1).
func requireWellFormedFast(t testing.TB, rep *consistency.Report, src []byte) {
	t.Helper()
	for _, f := range rep.Findings {
		require.True(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(src), "finding %+v", f)
		require.Equal(t, string(src[f.Start:f.End]), f.Text)
		require.Equal(t, 1, f.Line)
	}
}

// TestPeakRSS measures the peak resident memory of checking the 20 MB
// one-line release in a fresh process (this test binary, re-run), and
// states it (about 9.5 bytes per input byte, the checker's own memory
// included). The bound asserted (12 bytes per input byte, plus the
// runtime) catches a leak, a quadratic buffer or a list held twice.
func TestPeakRSS(t *testing.T) {
	if os.Getenv("NAZIR_RSS_CHILD") == "1" {
		src := bigLine(t)
		_, err := checker(t).Check(src)
		require.NoError(t, err)
		fmt.Printf("input=%d vmhwm_kb=%d\n", len(src), vmHWM(t))
		return
	}
	skipHuge(t)
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status on this system")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestPeakRSS$", "-test.count", "1")
	cmd.Env = append(os.Environ(), "NAZIR_RSS_CHILD=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	var input, kb int
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "input=") {
			_, err := fmt.Sscanf(l, "input=%d vmhwm_kb=%d", &input, &kb)
			require.NoError(t, err)
		}
	}
	require.Positive(t, kb, "%s", out)
	t.Logf("checking %d bytes (one line): peak RSS %d MB (%.1f bytes per input byte)", input, kb>>10, float64(kb<<10)/float64(input))
	assert.Less(t, kb<<10, 12*input+64<<20)
}

// vmHWM reads the peak resident set size (kB) of this process.
func vmHWM(t testing.TB) int { return vmStatus(t, "VmHWM:") }

// vmStatus reads a field of /proc/self/status in kB (VmHWM:, VmRSS:).
func vmStatus(t testing.TB, field string) int {
	b, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field); ok {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			require.NoError(t, err)
			return n
		}
	}
	require.Fail(t, "no "+field+" in /proc/self/status")
	return 0
}

// The invalid-UTF-8 error names the first invalid byte by line, column (in
// runes) and offset, however the text before it was normalised.
func TestInvalidUTF8Position(t *testing.T) {
	c := checker(t)
	tests := []struct{ src, want string }{
		{"الصين\nأ \xff", "line 2, column 3 (byte 14)"},
		{"\xd8", "line 1, column 1 (byte 0)"},
		{"ﷺ الصين\r\nبَ\xed\xa0\x80 \xff", "line 2, column 3 (byte 20)"},
	}
	for _, tt := range tests {
		_, err := c.Check([]byte(tt.src))
		require.ErrorIs(t, err, consistency.ErrInvalidUTF8, "%q", tt.src)
		require.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

// With AllowInvalidUTF8 a document with invalid bytes is checked, each
// invalid byte read as U+FFFD, and its spans still point into the input.
func TestAllowInvalidUTF8(t *testing.T) {
	c, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{AllowInvalidUTF8: true}))
	require.NoError(t, err)
	src := []byte("التقى وزير الخارجية الصيني \xff نظيره الأذربيجاني \xd8 في بكين.")
	rep, err := c.Check(src)
	require.NoError(t, err)
	var ids []string
	for _, m := range rep.Mentions.All() {
		ids = append(ids, m.Entity)
		require.Equal(t, string(src[m.Start:m.End]), m.Text)
	}
	require.Equal(t, []string{"CN", "AZ", "CN"}, ids)
}
