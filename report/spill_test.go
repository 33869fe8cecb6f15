package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// pieceWriter records the writes it is given.
type pieceWriter struct {
	bytes.Buffer
	writes, largest int
	fail            error // returned from the first write on, when set
}

func (w *pieceWriter) Write(p []byte) (int, error) {
	w.writes++
	w.largest = max(w.largest, len(p))
	if w.fail != nil {
		return 0, w.fail
	}
	return w.Buffer.Write(p)
}

// TestWritersStream: JSON and Text write a large report a piece at a time,
// no piece much larger than spillSize, and the pieces are the bytes the
// Append functions give; a small report is one write. Both ways: a report
// whose output is large because of its mentions (JSON), its findings, and
// one finding's spellings.
func TestWritersStream(t *testing.T) {
	text, many := everyWord(256<<10, true) // about 29,000 findings and mentions
	spellings := &finding.Report{File: "s.txt", Findings: []finding.Finding{{Kind: finding.NameVariant,
		Severity: finding.SeverityWarning, Confidence: 0.8, Text: "وانغ", Canonical: "وانغ", Message: "m"}}}
	for i := 0; i < 20000; i++ {
		spellings.Findings[0].Mentions = append(spellings.Findings[0].Mentions, finding.Span{Start: i * 10, End: i*10 + 8, Text: "وانغ"})
	}
	small := fixture(t)
	for _, tt := range []struct {
		name   string
		rep    *finding.Report
		text   []byte
		pieces bool
	}{
		{"every word a finding", many, text, true},
		{"one finding's spellings", spellings, text, true},
		{"a release", small.Report, small.Text, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := appendJSON(nil, tt.rep)
			require.NoError(t, err)
			var w pieceWriter
			require.NoError(t, JSON(&w, tt.rep))
			require.Equal(t, string(want), w.String())
			check := func(w *pieceWriter) {
				if tt.pieces {
					require.Greater(t, w.writes, 1)
					require.Less(t, w.largest, spillSize+spillSize/4)
				} else {
					require.Equal(t, 1, w.writes)
				}
			}
			check(&w)

			w = pieceWriter{}
			require.NoError(t, Text(&w, tt.rep, tt.text))
			require.Equal(t, string(AppendText(nil, tt.rep, tt.text)), w.String())
			check(&w)
		})
	}
}

// TestWritersStreamErrors: the first write error is returned and nothing
// more is written after it; a report JSON refuses is refused before any
// write.
func TestWritersStreamErrors(t *testing.T) {
	text, many := everyWord(256<<10, false)
	boom := errors.New("disk full")
	w := pieceWriter{fail: boom}
	require.ErrorIs(t, JSON(&w, many), boom)
	require.Equal(t, 1, w.writes)
	w = pieceWriter{fail: boom}
	require.ErrorIs(t, Text(&w, many, text), boom)
	require.Equal(t, 1, w.writes)

	w = pieceWriter{}
	bad := &finding.Report{Findings: []finding.Finding{{Confidence: math.NaN()}}}
	require.Error(t, JSON(&w, bad))
	require.Zero(t, w.writes)
}

// wholeSARIF is the log as one encoding/json value, indented whole: what
// SARIFLog.Write wrote before it streamed.
func wholeSARIF(t *testing.T, l *SARIFLog) string {
	t.Helper()
	results := []sarifResult{}
	for i := range l.docs {
		d := &l.docs[i]
		li := finding.NewLineIndex(d.text)
		for j := range d.findings {
			results = append(results, l.result(d, li, &d.findings[j]))
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(l.skeleton(results)))
	return b.String()
}

// TestSARIFStreams: a large SARIF log is written a piece at a time, no
// piece much larger than spillSize unless one result is, and its bytes
// are those of the log indented whole; a small log, an empty one and one
// of several documents are equal too. A result that cannot be encoded
// fails Write before anything is written, and a failing writer's error
// is returned.
func TestSARIFStreams(t *testing.T) {
	text, many := everyWord(256<<10, true)
	spellings := &finding.Report{File: "s.txt", Findings: []finding.Finding{{Kind: finding.NameVariant,
		Severity: finding.SeverityWarning, Confidence: 0.8, Text: "وانغ", Canonical: "وانغ", Message: "m"}}}
	for i := 0; i < 20000; i++ {
		spellings.Findings[0].Mentions = append(spellings.Findings[0].Mentions, finding.Span{Start: i * 10, End: i*10 + 8, Text: "وانغ"})
	}
	small := fixture(t)
	for _, tt := range []struct {
		name    string
		docs    []Document
		pieces  bool
		largest int
	}{
		{"every word a finding", []Document{{Report: many, Text: text}}, true, spillSize + spillSize/4},
		{"one finding's spellings", []Document{{Report: spellings, Text: text}}, false, 0},
		{"a release", []Document{{Report: small.Report, Text: small.Text}}, false, 0},
		{"nothing", nil, false, 0},
		{"a clean text", []Document{{Report: &finding.Report{File: "c.txt"}, Text: []byte("نص")}}, false, 0},
		{"several", []Document{{Report: small.Report, Text: small.Text}, {Report: many, Text: text}, {Report: spellings, Text: text}}, true, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := NewSARIFLog("1.2.3")
			require.NoError(t, l.SetLanguage("ar"))
			for _, d := range tt.docs {
				l.Add(d.Report, d.Text)
			}
			var w pieceWriter
			require.NoError(t, l.Write(&w))
			require.Equal(t, wholeSARIF(t, l), w.String())
			require.True(t, json.Valid(w.Bytes()))
			if tt.pieces {
				require.Greater(t, w.writes, 1)
			} else if len(tt.docs) < 2 && tt.largest == 0 && tt.name != "one finding's spellings" {
				require.Equal(t, 1, w.writes)
			}
			if tt.largest > 0 {
				require.Less(t, w.largest, tt.largest)
			}
		})
	}

	l := NewSARIFLog("1")
	l.Add(many, text)
	boom := errors.New("disk full")
	w := pieceWriter{fail: boom}
	require.ErrorIs(t, l.Write(&w), boom)
	require.Equal(t, 1, w.writes)

	l = NewSARIFLog("1")
	l.Add(&finding.Report{Findings: []finding.Finding{{Kind: finding.NameVariant, Confidence: math.NaN()}}}, nil)
	w = pieceWriter{}
	require.ErrorContains(t, l.Write(&w), "report: writing SARIF: json: unsupported value: NaN")
	require.Zero(t, w.writes)
}
