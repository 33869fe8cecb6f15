package report

import (
	"io"
	"math/bits"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allocated returns the bytes f allocated (the heap's running total, which
// counts every allocation whether or not it is collected).
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestReportPathsLinear holds the report paths that were quadratic in the
// findings to what they may read or copy, counted, not timed, on 256 KB
// where every word is a finding (one line, and short lines): the overlap
// tests of Edits and of the HTML highlights visit O(log n) nodes of their
// range trees per candidate (comparing each candidate with every kept one
// took n²/2 steps), and Apply and Diff allocate a few times the text
// (copying the text's tail per edit allocated n times half the text).
func TestReportPathsLinear(t *testing.T) {
	for _, lines := range []bool{false, true} {
		t.Run("lines="+strconv.FormatBool(lines), func(t *testing.T) {
			text, rep := everyWord(256<<10, lines)
			n := len(rep.Findings)
			logN := bits.Len(uint(2*n)) + 1
			edits, editSteps := editsSteps(rep, text, FixFilter{})
			require.Len(t, edits, n)
			assert.LessOrEqual(t, editSteps, 4*n*logN, "Edits' overlap test: %d candidates", n)

			// A highlight per finding, one per mention on the same span, one
			// around each pair of words: nested, none crossing.
			var cands []mark
			for i, f := range rep.Findings {
				cands = append(cands, mark{start: f.Start, end: f.End, prio: prioFinding},
					mark{start: f.Start, end: f.End, prio: prioMention})
				if i%2 == 1 {
					cands = append(cands, mark{start: rep.Findings[i-1].Start, end: f.End, prio: prioEvidence})
				}
			}
			kept, markSteps := nestableSteps(cands)
			require.Len(t, kept, len(cands))
			logN = bits.Len(uint(2*len(cands))) + 1
			assert.LessOrEqual(t, markSteps, 4*len(cands)*logN, "HTML highlights: %d candidates", len(cands))

			var out []byte
			var err error
			applyBytes := allocated(func() { out, err = Apply(text, edits) })
			require.NoError(t, err)
			assert.LessOrEqual(t, applyBytes, uint64(2*(len(text)+len(out))+64*n), "Apply: %d edits, %d bytes", n, len(text))
			diffBytes := allocated(func() { err = Diff(io.Discard, "a", "b", text, edits) })
			require.NoError(t, err)
			assert.LessOrEqual(t, diffBytes, uint64(32*(len(text)+len(out))+256*n), "Diff: %d edits, %d bytes", n, len(text))
			t.Logf("%d findings in %d bytes: Edits %d steps, nestable %d steps (%d marks), Apply allocated %d bytes, Diff %d",
				n, len(text), editSteps, markSteps, len(cands), applyBytes, diffBytes)
		})
	}
}

// TestHTMLMemory holds what the HTML page allocates to what its findings
// need: a mention's highlight is read from the report as the text is
// written, never held, so a text of 300,000 mentions allocates a few
// kilobytes (the page's buffer and its maps), and a text where every word
// is a finding a few hundred bytes per finding (its highlight, range-tree
// nodes and sorting), and nothing per byte of text escaped.
func TestHTMLMemory(t *testing.T) {
	const word = "UK "
	text := []byte(strings.Repeat(word, 100_000))
	mentions := &finding.Report{Mentions: finding.NewMentionList(0)}
	for i := 0; i < len(text); i += len(word) {
		mentions.Mentions.Append(finding.Mention{Start: i, End: i + 2, Text: "UK", Entity: "GB", Role: "third-party"})
	}
	require.NoError(t, HTML(io.Discard, &finding.Report{}, nil)) // the page's words, made once
	var err error
	b := allocated(func() { err = HTML(io.Discard, mentions, text) })
	require.NoError(t, err)
	assert.LessOrEqual(t, b, uint64(64<<10), "%d mentions", mentions.Mentions.Len())
	t.Logf("%d mentions in %d bytes: %d bytes allocated", mentions.Mentions.Len(), len(text), b)

	text, rep := everyWord(256<<10, true)
	n := len(rep.Findings)
	b = allocated(func() { err = HTML(io.Discard, rep, text) })
	require.NoError(t, err)
	assert.LessOrEqual(t, b, uint64(256*n+64<<10), "%d findings", n)
	t.Logf("%d findings (and mentions) in %d bytes: %d bytes allocated, %d per finding", n, len(text), b, b/uint64(n))
}
