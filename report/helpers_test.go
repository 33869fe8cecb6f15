package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// exampleRelease is the repository's example release.
const exampleRelease = "../testdata/releases/azerbaijan-2026-01-28.txt"

// fixture is a report kept under testdata/ (a snapshot of the checker's
// output) with the text it was made from, so that output tests do not move
// when the gazetteer does.
func fixture(t testing.TB) Document {
	t.Helper()
	text, err := os.ReadFile(exampleRelease)
	require.NoError(t, err)
	data, err := os.ReadFile("testdata/azerbaijan.report.json")
	require.NoError(t, err)
	var rep finding.Report
	require.NoError(t, json.Unmarshal(data, &rep))
	return Document{Report: &rep, Text: text}
}

func ptr(s string) *string { return &s }

// hostile is a small release that tries to break out of the page: markup,
// entities, quotes, a bidi override, invalid UTF-8, and a suggestion and
// message carrying markup too.
func hostile() Document {
	text := []byte("أكد <script>alert('x')</script> الجانب الأفغاني &amp; \"نظيره\" \u202eعكس\u202c\n" +
		"قال بيرموف ثم بايراموف <b>bold</b> \xff.")
	find := func(s string) (int, int) {
		i := bytes.Index(text, []byte(s))
		return i, i + len(s)
	}
	as, ae := find("الأفغاني")
	ss, se := find("<script>")
	bs, be := find("بيرموف")
	cs, ce := find("بايراموف")
	rep := &finding.Report{
		File: "<evil>.txt",
		Participants: []finding.Participant{
			{ID: "AZ", Name: "أذربيجان", English: "Azerbaijan<i>", Evidence: []finding.Span{{Start: ss, End: se, Text: "<script>", Note: "<note>"}}},
			{ID: "CN", Name: "الصين"},
		},
		Mentions: finding.MentionsOf([]finding.Mention{
			{Start: as, End: ae, Text: "الأفغاني", Entity: "AF", Kind: "country", Form: "nisba", Role: "conflict"},
			{Start: bs, End: be, Text: "بيرموف", Entity: "person:x", Kind: "person", Form: "person", Role: "person"},
		}),
		Findings: []finding.Finding{
			{Kind: finding.CountryConflict, Severity: finding.SeverityError, Confidence: 0.9, Start: as, End: ae, Line: 1, Column: 40,
				Text: "الأفغاني", Entity: "AF", Expected: "AZ", Suggestion: ptr("<img src=x onerror=alert(1)>"), Message: "names \"Afghanistan\" <where> & more"},
			{Kind: finding.NameVariant, Severity: finding.SeverityWarning, Confidence: 0.8, Start: cs, End: ce, Line: 2, Column: 15,
				Text: "بايراموف", Canonical: "بيرموف", Message: "spelled 2 ways",
				Mentions: []finding.Span{{Start: bs, End: be, Text: "بيرموف"}, {Start: cs, End: ce, Text: "بايراموف"}}},
		},
	}
	return Document{Report: rep, Text: text}
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./report -update")
	require.Equal(t, string(want), string(got), "output differs from %s (go test ./report -update rewrites it)", path)
}
