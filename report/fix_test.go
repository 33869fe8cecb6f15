package report

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEdits(t *testing.T) {
	text := []byte("الجانب الأفغاني والجانب الألباني")
	af := bytes.Index(text, []byte("الأفغاني"))
	al := bytes.Index(text, []byte("الألباني"))
	mkFinding := func(s, e int, sev finding.Severity, conf float64, sugg string) finding.Finding {
		f := finding.Finding{Kind: finding.CountryConflict, Severity: sev, Confidence: conf, Start: s, End: e, Text: string(text[max(0, s):min(e, len(text))])}
		if sugg != "" {
			f.Suggestion = &sugg
		}
		return f
	}
	cases := []struct {
		name     string
		findings []finding.Finding
		filter   FixFilter
		want     string
	}{
		{"applies every suggestion", []finding.Finding{
			mkFinding(af, af+16, finding.SeverityError, .9, "الأذربيجاني"),
			mkFinding(al, al+16, finding.SeverityWarning, .6, "الصيني")},
			FixFilter{}, "الجانب الأذربيجاني والجانب الصيني"},
		{"severity filter", []finding.Finding{
			mkFinding(af, af+16, finding.SeverityError, .9, "الأذربيجاني"),
			mkFinding(al, al+16, finding.SeverityWarning, .6, "الصيني")},
			FixFilter{MinSeverity: finding.SeverityError}, "الجانب الأذربيجاني والجانب الألباني"},
		{"confidence filter", []finding.Finding{
			mkFinding(af, af+16, finding.SeverityError, .9, "الأذربيجاني"),
			mkFinding(al, al+16, finding.SeverityWarning, .6, "الصيني")},
			FixFilter{MinConfidence: .7}, "الجانب الأذربيجاني والجانب الألباني"},
		{"no suggestion, no edit", []finding.Finding{mkFinding(af, af+16, finding.SeverityError, .9, "")},
			FixFilter{}, string(text)},
		{"overlap: the more confident wins", []finding.Finding{
			mkFinding(af-13, af+16, finding.SeverityError, .5, "X"),
			mkFinding(af, af+16, finding.SeverityError, .9, "الأذربيجاني")},
			FixFilter{}, "الجانب الأذربيجاني والجانب الألباني"},
		{"span outside the text is skipped", []finding.Finding{mkFinding(af, len(text)+5, finding.SeverityError, .9, "X")},
			FixFilter{}, string(text)},
		{"stale finding text is skipped", []finding.Finding{{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: af, End: af + 16, Text: "other", Suggestion: ptr("X")}},
			FixFilter{}, string(text)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			edits := Edits(&finding.Report{Findings: c.findings}, text, c.filter)
			got, err := Apply(text, edits)
			require.NoError(t, err)
			assert.Equal(t, c.want, string(got))
		})
	}
}

func TestApplyRejects(t *testing.T) {
	text := []byte("abcdef")
	cases := []struct {
		name  string
		edits []Edit
		want  error
	}{
		{"overlap", []Edit{{Start: 1, End: 3, New: "x"}, {Start: 2, End: 4, New: "y"}}, ErrOverlap},
		{"two insertions at one place", []Edit{{Start: 2, End: 2, New: "x"}, {Start: 2, End: 2, New: "y"}}, ErrOverlap},
		{"outside", []Edit{{Start: 4, End: 9, New: "x"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Apply(text, c.edits)
			require.Error(t, err)
			if c.want != nil {
				assert.True(t, errors.Is(err, c.want))
			}
		})
	}
	got, err := Apply(text, []Edit{{Start: 4, End: 6, New: "Z"}, {Start: 0, End: 1, New: "A"}, {Start: 3, End: 3, New: "-"}})
	require.NoError(t, err)
	assert.Equal(t, "Abc-dZ", string(got), "edits in any order, applied from the end")
}

func TestDiffGolden(t *testing.T) {
	d := fixture(t)
	edits := Edits(d.Report, d.Text, FixFilter{})
	require.NotEmpty(t, edits)
	var b bytes.Buffer
	require.NoError(t, Diff(&b, "a/release.txt", "b/release.txt", d.Text, edits))
	golden(t, "diff-1.golden.diff", b.Bytes())
	want, err := Apply(d.Text, edits)
	require.NoError(t, err)
	got, err := applyUnified(d.Text, b.String())
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestDiffCases(t *testing.T) {
	many := strings.Repeat("سطر\n", 30)
	cases := []struct {
		name  string
		text  string
		edits []Edit
		want  string // a substring of the diff
	}{
		{"no newline at end", "a\nb", []Edit{{Start: 2, End: 3, New: "c"}}, "-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"two hunks", many, []Edit{{Start: 0, End: 6, New: "x"}, {Start: 7 * 25, End: 7*25 + 6, New: "y"}}, "@@ -23,7 +23,7 @@"},
		{"one hunk for near edits", many, []Edit{{Start: 0, End: 6, New: "x"}, {Start: 7 * 4, End: 7*4 + 6, New: "y"}}, "@@ -1,8 +1,8 @@"},
		{"edit adds a line", "a\nb\n", []Edit{{Start: 0, End: 1, New: "x\ny"}}, "@@ -1,2 +1,3 @@\n-a\n+x\n+y\n b\n"},
		{"edit joins lines", "a\nb\nc\n", []Edit{{Start: 1, End: 2, New: ""}}, "@@ -1,3 +1,2 @@\n-a\n-b\n+ab\n c\n"},
		{"no edits", "a\n", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Diff(&b, "a", "b", []byte(c.text), c.edits))
			assert.Contains(t, b.String(), c.want)
			want, err := Apply([]byte(c.text), c.edits)
			require.NoError(t, err)
			got, err := applyUnified([]byte(c.text), b.String())
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
}

// applyUnified applies a unified diff to text (a strict test-side reader:
// context lines must match).
func applyUnified(text []byte, diff string) ([]byte, error) {
	if diff == "" {
		return text, nil
	}
	old := strings.SplitAfter(string(text), "\n")
	if old[len(old)-1] == "" {
		old = old[:len(old)-1]
	}
	lines := strings.SplitAfter(diff, "\n")
	var out []string
	next := 0 // next old line to copy
	for i := 2; i < len(lines) && lines[i] != ""; {
		h := lines[i]
		var os, ol, ns, nl int
		if _, err := fmt.Sscanf(h, "@@ -%s +%s @@", new(string), new(string)); err != nil {
			return nil, fmt.Errorf("bad hunk header %q", h)
		}
		parts := strings.Fields(h)
		os, ol = rangeOf(parts[1][1:])
		ns, nl = rangeOf(parts[2][1:])
		_ = ns
		if ol == 0 {
			os++
		}
		for ; next < os-1; next++ {
			out = append(out, old[next])
		}
		i++
		seenOld, seenNew := 0, 0
		for i < len(lines) && lines[i] != "" && !strings.HasPrefix(lines[i], "@@") {
			l := lines[i]
			body := l[1:]
			noNL := i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\\ No newline")
			if noNL {
				body = strings.TrimSuffix(body, "\n")
			}
			switch l[0] {
			case ' ':
				if next >= len(old) || old[next] != body {
					return nil, fmt.Errorf("context mismatch at old line %d", next+1)
				}
				out = append(out, body)
				next++
				seenOld++
				seenNew++
			case '-':
				if next >= len(old) || old[next] != body {
					return nil, fmt.Errorf("removed line mismatch at old line %d", next+1)
				}
				next++
				seenOld++
			case '+':
				out = append(out, body)
				seenNew++
			default:
				return nil, fmt.Errorf("bad diff line %q", l)
			}
			i++
			if noNL {
				i++
			}
		}
		if seenOld != ol || seenNew != nl {
			return nil, fmt.Errorf("hunk %q counts %d/%d lines", h, seenOld, seenNew)
		}
	}
	out = append(out, old[next:]...)
	return []byte(strings.Join(out, "")), nil
}

func rangeOf(s string) (int, int) {
	a, b, ok := strings.Cut(s, ",")
	start, _ := strconv.Atoi(a)
	if !ok {
		return start, 1
	}
	n, _ := strconv.Atoi(b)
	return start, n
}

func FuzzEditsDiff(f *testing.F) {
	f.Add([]byte("الجانب الأفغاني\nسطر\n"), 13, 29, "الأذربيجاني", 0, 1, "x")
	f.Add([]byte("a\r\nb"), 0, 1, "\n", 3, 4, "")
	f.Fuzz(func(t *testing.T, text []byte, s1, e1 int, n1 string, s2, e2 int, n2 string) {
		rep := &finding.Report{Findings: []finding.Finding{
			{Severity: finding.SeverityError, Start: s1, End: e1, Suggestion: &n1, Confidence: .9},
			{Severity: finding.SeverityError, Start: s2, End: e2, Suggestion: &n2, Confidence: .8},
		}}
		edits := Edits(rep, text, FixFilter{})
		for i, e := range edits {
			require.True(t, 0 <= e.Start && e.Start < e.End && e.End <= len(text), "edit inside the text")
			if i > 0 {
				require.LessOrEqual(t, edits[i-1].End, e.Start, "edits never overlap")
			}
		}
		got, err := Apply(text, edits)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, Diff(&b, "a", "b", text, edits))
		patched, err := applyUnified(text, b.String())
		require.NoError(t, err, "diff:\n%s", b.String())
		require.Equal(t, string(got), string(patched), "the diff turns the text into Apply's result")
	})
}
