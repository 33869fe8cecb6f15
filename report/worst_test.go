package report

import (
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/longtest"
)

// everyWord is a text of n bytes where every word is a finding with a
// suggestion and a mention: the worst shape for fixing, diffing and
// highlighting (one line, or lines of ten words with lines true).
func everyWord(n int, lines bool) ([]byte, *finding.Report) {
	const word = "الأفغاني"
	var b strings.Builder
	rep := &finding.Report{File: "worst.txt"}
	sugg := "الأذربيجاني"
	for i := 0; b.Len() < n; i++ {
		start := b.Len()
		b.WriteString(word)
		rep.Findings = append(rep.Findings, finding.Finding{Kind: finding.CountryConflict, Severity: finding.SeverityError,
			Confidence: 0.9, Start: start, End: start + len(word), Line: 1, Column: 1, Text: word, Entity: "AF",
			Suggestion: &sugg, Message: "m"})
		rep.Mentions.Append(finding.Mention{Start: start, End: start + len(word), Text: word, Entity: "AF", Role: "conflict"})
		if lines && i%10 == 9 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return []byte(b.String()), rep
}

// worstOps are the report paths that were quadratic in the number of
// findings: Apply copied the text's tail per edit (and Diff applies), the
// HTML report compared each highlight with every kept one.
var worstOps = []struct {
	name string
	run  func(text []byte, rep *finding.Report) error
}{
	{"apply", func(text []byte, rep *finding.Report) error {
		_, err := Apply(text, Edits(rep, text, FixFilter{}))
		return err
	}},
	{"diff", func(text []byte, rep *finding.Report) error {
		return Diff(io.Discard, "a", "b", text, Edits(rep, text, FixFilter{}))
	}},
	{"html", func(text []byte, rep *finding.Report) error { return HTML(io.Discard, rep, text) }},
}

// TestWorstCaseReports: fixing, diffing and rendering as HTML 4 MB where
// every word is a finding (one line, and short lines) finishes within a
// generous deadline (a bound, not a timing assertion: minutes where the
// paths were quadratic, seconds now).
func TestWorstCaseReports(t *testing.T) {
	longtest.Skip(t, "4 MB worst-case reports")
	for _, lines := range []bool{false, true} {
		text, rep := everyWord(worstCaseBytes, lines)
		for _, op := range worstOps {
			t.Run(op.name+"/lines="+strconv.FormatBool(lines), func(t *testing.T) {
				done := make(chan error, 1)
				go func() { done <- op.run(text, rep) }()
				select {
				case err := <-done:
					require.NoError(t, err)
				case <-time.After(3 * time.Minute):
					t.Fatalf("%s on %d bytes did not finish within 3 minutes", op.name, len(text))
				}
			})
		}
	}
}

// BenchmarkWorstCaseReports runs each path at two sizes: the ratio of the
// two sizes' ns/op is about 2 when the path is linear.
func BenchmarkWorstCaseReports(b *testing.B) {
	for _, op := range worstOps {
		for _, kb := range []int{256, 512} {
			text, rep := everyWord(kb<<10, false)
			b.Run(op.name+"/"+strconv.Itoa(kb)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if err := op.run(text, rep); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
