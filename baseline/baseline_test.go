package baseline_test

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/finding"
)

const examplePath = "../testdata/releases/azerbaijan-2026-01-28.txt"

func example(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(examplePath)
	require.NoError(t, err)
	return b
}

func check(t testing.TB, text []byte) *finding.Report {
	t.Helper()
	rep, err := nazir.Check(text)
	require.NoError(t, err)
	return rep
}

// fingerprints lists the fingerprints of a report's findings, sorted.
func fingerprints(text []byte, rep *finding.Report) []string {
	var out []string
	for i := range rep.Findings {
		out = append(out, baseline.Fingerprint(text, &rep.Findings[i]))
	}
	sort.Strings(out)
	return out
}

func TestFingerprintSurvivesEditsElsewhere(t *testing.T) {
	text := example(t)
	rep := check(t, text)
	require.GreaterOrEqual(t, len(rep.Findings), 5)
	want := fingerprints(text, rep)
	for _, fp := range want {
		assert.Regexp(t, `^[0-9a-f]{16}$`, fp)
	}
	edits := map[string][]byte{
		"a paragraph added at the top": append([]byte("وفي سياق آخر، أعلنت الوزارة عن جدول أعمال الأسبوع المقبل.\n\n"), text...),
		"a paragraph added at the end": append(bytes.Clone(text), "\nانتهى الخبر.\n"...),
		"CRLF line ends":               bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n")),
		"diacritics and tatweel added": bytes.Replace(text, []byte("الجانب الأفغاني"), []byte("الجانـب الأفغانيّ"), 1),
	}
	for name, edited := range edits {
		t.Run(name, func(t *testing.T) {
			rep2 := check(t, edited)
			require.Len(t, rep2.Findings, len(rep.Findings))
			assert.Equal(t, want, fingerprints(edited, rep2))
			// Offsets and lines did move for the first two.
		})
	}
}

func TestFingerprintChangesWithTheFinding(t *testing.T) {
	text := example(t)
	rep := check(t, text)
	before := fingerprints(text, rep)
	// The first "the Afghan side" becomes "the Pakistani side": that
	// finding changes, the others stay.
	edited := bytes.Replace(text, []byte("الجانب الأفغاني"), []byte("الجانب الباكستاني"), 1)
	require.NotEqual(t, text, edited)
	rep2 := check(t, edited)
	after := fingerprints(edited, rep2)
	require.Len(t, after, len(before))
	assert.Len(t, diff(before, after), 1, "one fingerprint is new")
	assert.Len(t, diff(after, before), 1, "one fingerprint is gone")

	// The same slip in other words around it is another finding.
	f := rep.Findings[0]
	moved := f
	other := append([]byte("كلمات أخرى تماما "), text[f.Start:f.End]...)
	moved.Start, moved.End = len(other)-len(f.Text), len(other)
	assert.NotEqual(t, baseline.Fingerprint(text, &f), baseline.Fingerprint(other, &moved))
	// Another kind or expected entity at the same place is another finding.
	g := f
	g.Expected = "ZZ"
	assert.NotEqual(t, baseline.Fingerprint(text, &f), baseline.Fingerprint(text, &g))
}

// diff lists the elements of a not in b.
func diff(a, b []string) []string {
	in := map[string]int{}
	for _, s := range b {
		in[s]++
	}
	var out []string
	for _, s := range a {
		if in[s] > 0 {
			in[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}

func TestBaselineRoundTrip(t *testing.T) {
	text := example(t)
	rep := check(t, text)
	var b baseline.Baseline
	b.Add("releases/a.txt", rep, text)
	require.Equal(t, len(rep.Findings), b.Len())
	var buf bytes.Buffer
	require.NoError(t, b.Write(&buf, "nazir test"))
	assert.True(t, strings.HasPrefix(buf.String(), `{"version":1,"tool":"nazir test","findings":[`+"\n  {\"file\":\"releases/a.txt\""), buf.String())
	assert.Equal(t, strings.Count(buf.String(), "\n"), len(rep.Findings)+2, "one finding per line")

	read, err := baseline.Read(&buf, "base.json")
	require.NoError(t, err)
	kept, dropped := read.Filter("releases/a.txt", rep, text)
	assert.Empty(t, kept)
	assert.Equal(t, len(rep.Findings), dropped)

	// Another file with the same text: nothing is in the baseline.
	kept, dropped = read.Filter("releases/b.txt", rep, text)
	assert.Len(t, kept, len(rep.Findings))
	assert.Zero(t, dropped)

	// A new slip in the same file is kept, alone.
	edited := append(bytes.Clone(text), "\nوأكد الجانب الألماني دعمه للتعاون.\n"...)
	rep2 := check(t, edited)
	require.Greater(t, len(rep2.Findings), len(rep.Findings))
	kept, dropped = read.Filter("releases/a.txt", rep2, edited)
	assert.Equal(t, len(rep.Findings), dropped)
	require.Len(t, kept, len(rep2.Findings)-len(rep.Findings))
	assert.Contains(t, kept[len(kept)-1].Text, "الألماني")
}

func TestBaselineCountsRepeats(t *testing.T) {
	// The same slip in the same words twice: a baseline with it once
	// drops the first and keeps the second.
	text := example(t)
	rep := check(t, text)
	one := finding.Report{Findings: rep.Findings[:1]}
	var b baseline.Baseline
	b.Add("x", &one, text)
	two := finding.Report{Findings: []finding.Finding{rep.Findings[0], rep.Findings[0]}}
	kept, dropped := b.Filter("x", &two, text)
	assert.Equal(t, 1, dropped)
	assert.Len(t, kept, 1)
}

func TestReadErrors(t *testing.T) {
	for name, tc := range map[string]struct{ in, want string }{
		"malformed":     {"{\"version\":1,\n\"findings\":[}", "base.json:2:13"},
		"unknown field": {`{"version":1,"findings":[],"extra":1}`, "unknown field"},
		"version":       {`{"version":2,"findings":[]}`, "version 2, want 1"},
		"no file":       {`{"version":1,"findings":[{"fingerprint":"ab"}]}`, "finding 1: no file or fingerprint"},
		"trailing":      {`{"version":1,"findings":[]} {}`, "data after"},
		"not an object": {`[]`, "base.json"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := baseline.Read(strings.NewReader(tc.in), "base.json")
			require.Error(t, err)
			assert.ErrorIs(t, err, baseline.ErrFormat)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), "base.json")
		})
	}
	_, err := baseline.Read(strings.NewReader(`{"version":1,"findings":[]}`), "ok.json")
	assert.NoError(t, err)
}

func TestReadTooLarge(t *testing.T) {
	_, err := baseline.Read(spaces(' ', baseline.MaxBytes+1), "big.json")
	require.ErrorIs(t, err, baseline.ErrFormat)
	assert.Contains(t, err.Error(), "larger than")
}

type repeat struct {
	b    byte
	left int
}

func (r *repeat) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left)
	for i := range p[:n] {
		p[i] = r.b
	}
	r.left -= n
	return n, nil
}

func spaces(b byte, n int) *repeat { return &repeat{b, n} }
