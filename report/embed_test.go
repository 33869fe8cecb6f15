package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLPartsArePageParts: the style sheet and the sections are the
// page's own, byte for byte, for one document and for several (one with a
// name variant, whose cluster rule is in the sheet).
func TestHTMLPartsArePageParts(t *testing.T) {
	text, rep := release()
	variant := *rep
	variant.Findings = append(variant.Findings, consistency.Finding{
		Kind: consistency.NameVariant, Severity: consistency.SeverityWarning, Confidence: 0.8,
		Start: 0, End: len("التقى"), Line: 1, Column: 1, Text: "التقى", Canonical: "التقى",
		Mentions: []consistency.Span{{Start: 0, End: len("التقى"), Text: "التقى"}},
	})
	for _, docs := range [][]report.Document{
		{{Report: rep, Text: text}},
		{{Report: rep, Text: text}, {Report: &variant, Text: text}, {Report: nil, Text: []byte("x")}},
	} {
		var page, style, sections bytes.Buffer
		require.NoError(t, report.HTMLDocuments(&page, docs))
		require.NoError(t, report.HTMLStyle(&style, docs))
		require.NoError(t, report.HTMLSections(&sections, docs))
		assert.Contains(t, page.String(), "<style>\n"+style.String()+"</style>")
		assert.Contains(t, page.String(), "</header>\n"+sections.String()+"</body>")
		assert.NotContains(t, style.String(), "</style")
		assert.Equal(t, len(docs), strings.Count(sections.String(), `<section class="nz-doc"`))
	}
}

func TestHTMLPartsWriteErrors(t *testing.T) {
	text, rep := release()
	docs := []report.Document{{Report: rep, Text: text}}
	assert.Error(t, report.HTMLStyle(failWriter{}, docs))
	assert.Error(t, report.HTMLSections(failWriter{}, docs))
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

// A page of one's own (a web form and its result) showing the report.
func ExampleHTMLSections() {
	text, rep := release()
	docs := []report.Document{{Report: rep, Text: text}}
	var page strings.Builder
	page.WriteString(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>`)
	if err := report.HTMLStyle(&page, docs); err != nil {
		fmt.Println(err)
	}
	page.WriteString(`</style></head><body><form method="post">…</form>`)
	if err := report.HTMLSections(&page, docs); err != nil {
		fmt.Println(err)
	}
	page.WriteString(`</body></html>`)
	fmt.Println(strings.Count(page.String(), `id="d1-f1"`), "finding highlighted")
	// Output: 1 finding highlighted
}
