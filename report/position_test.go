package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// TestTextHugeLine: the text report of a finding in a very long line shows
// a window of the line, not the line.
func TestTextHugeLine(t *testing.T) {
	line := strings.Repeat("كلمة ", 200000)
	text := []byte(line + "أفغانستان " + line)
	s := len(line)
	rep := &finding.Report{Findings: []finding.Finding{{Kind: finding.CountryConflict, Severity: finding.SeverityWarning,
		Start: s, End: s + len("أفغانستان"), Line: 1, Column: utf8.RuneCountInString(line) + 1, Text: "أفغانستان", Message: "m"}}}
	var b strings.Builder
	require.NoError(t, Text(&b, rep, text))
	require.Less(t, b.Len(), 2000)
	require.Contains(t, b.String(), "…")
}
