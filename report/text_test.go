package report

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
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
