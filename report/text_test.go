package report

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTextGolden pins the terminal report byte for byte: the example
// release's findings, a hostile release (markup, a bidi override, invalid
// UTF-8, \r\n), spans at the edges of the text, spans out of range, a
// finding in a long line (windowed) and a report without findings.
func TestTextGolden(t *testing.T) {
	var out bytes.Buffer
	write := func(rep *finding.Report, text []byte) {
		require.NoError(t, Text(&out, rep, text))
		out.WriteString("----\n")
	}
	fx := fixture(t)
	fx.Report.File = "release.txt"
	write(fx.Report, fx.Text)
	h := hostile()
	write(h.Report, h.Text)

	text := []byte("أول\r\nالجانب الأفغاني في\rالسطر\n" + strings.Repeat("كلمة ", 80) + "الأفغاني" + strings.Repeat(" كلمة", 80) + "\n\xffآخر")
	s := bytes.Index(text, []byte("الأفغاني"))
	long := bytes.LastIndex(text, []byte("الأفغاني"))
	n := len(text)
	find := func(start, end int) finding.Finding {
		return finding.Finding{Kind: finding.CountryConflict, Severity: finding.SeverityInfo, Start: start, End: end,
			Line: 7, Column: 9, Text: "نص", Message: "رسالة: 100%"}
	}
	edges := &finding.Report{File: "-", Findings: []finding.Finding{
		find(s, s+len("الأفغاني")), find(0, 0), find(0, 3), find(n-1, n), find(n, n), find(long, long+len("الأفغاني")),
		find(s, n), find(-1, 2), find(5, 4), find(2, n+1), find(n-3, n-1),
	}}
	write(edges, text)
	write(&finding.Report{Participants: []finding.Participant{{ID: "AZ"}, {ID: "CN"}}}, text)
	write(&finding.Report{File: "empty.txt"}, nil)
	golden(t, "text-1.golden.txt", out.Bytes())
}

// FuzzLineBounds: lineBounds finds what a byte-by-byte walk finds.
func FuzzLineBounds(f *testing.F) {
	f.Add([]byte("a\r\nbc\rd\ne"), 4, 2)
	f.Add([]byte("\n\n"), 1, 0)
	f.Add([]byte("ab\ncd"), 2, int(^uint(0)>>1))
	f.Fuzz(func(t *testing.T, src []byte, off, limit int) {
		if off < 0 || off > len(src) || limit < 0 {
			return
		}
		s, lo := off, max(0, off-limit)
		for s > lo && src[s-1] != '\n' && src[s-1] != '\r' {
			s--
		}
		e, hi := off, len(src)
		if limit < hi-off {
			hi = off + limit
		}
		for e < hi && src[e] != '\n' && src[e] != '\r' {
			e++
		}
		gs, ge := lineBounds(src, off, limit)
		require.Equal(t, [2]int{s, e}, [2]int{gs, ge})
	})
}

func BenchmarkText(b *testing.B) {
	fx := fixture(b)
	b.SetBytes(int64(len(fx.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Text(io.Discard, fx.Report, fx.Text); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTextEscapesControls: a release, file name or message cannot drive
// the terminal: ESC sequences (clear screen, hide text), other C0 and C1
// controls and DEL are shown as escapes; the carets still sit under the
// span; bidi controls and ordinary text are printed as they are.
func TestTextEscapesControls(t *testing.T) {
	text := []byte("\x1b[2J\x1b[8mقال الجانب\u009b الأفغاني\x07 إن\u202e")
	s := strings.Index(string(text), "الأفغاني")
	sugg := "الأذربيجاني\x1b[0m"
	rep := &finding.Report{File: "evil\x1b]0;title\x07.txt", Findings: []finding.Finding{{
		Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: s, End: s + len("الأفغاني"),
		Line: 1, Column: 1, Text: "الأفغاني", Suggestion: &sugg, Message: "m\x1b[8m hidden\u0085",
	}}}
	var b strings.Builder
	require.NoError(t, Text(&b, rep, text))
	out := b.String()
	requireNoControls(t, out)
	lines := strings.Split(out, "\n")
	require.GreaterOrEqual(t, len(lines), 4)
	assert.Equal(t, `evil\x1b]0;title\x07.txt:1:1: error: m\x1b[8m hidden\u0085 [country-conflict]`, lines[0])
	assert.Equal(t, `    \x1b[2J\x1b[8mقال الجانب\u009b الأفغاني\x07 إن`+"\u202e", lines[1])
	col := utf8.RuneCountInString(lines[1][:strings.Index(lines[1], "الأفغاني")])
	assert.Equal(t, strings.Repeat(" ", col)+"^^^^^^^^", lines[2], "carets under the span")
	assert.Equal(t, `    «الأفغاني» → «الأذربيجاني\x1b[0m»`, lines[3])

	// and ordinary text is printed unchanged
	assert.Equal(t, "قال الجانب الأفغاني", EscapeControls("قال الجانب الأفغاني"))
	assert.Equal(t, "tab\\x09 \\xff \u202e", EscapeControls("tab\t \xff \u202e"))
}
