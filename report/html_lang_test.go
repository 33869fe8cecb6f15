package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLLanguage: the page's own words are Arabic by default and
// English on request; the checked text stays Arabic and right to left in
// both; the visible text is the same.
func TestHTMLLanguage(t *testing.T) {
	d := fixture(t)
	var ar, en bytes.Buffer
	require.NoError(t, HTMLOptions{}.Page(&ar, []Document{d}))
	require.NoError(t, HTMLOptions{Language: "en"}.Page(&en, []Document{d}))
	assert.Equal(t, renderHTML(t, d), ar.String(), "the zero options are HTMLDocuments'")

	for _, want := range []string{`<html lang="ar" dir="rtl">`, "<h1>تقرير نظير</h1>", ">المشاركون</h3>", ">مفتاح الألوان</h3>", "ذُكر 3 مرات", "الضيف", `<main class="nz-text" lang="ar" dir="rtl">`} {
		assert.Contains(t, ar.String(), want)
	}
	for _, want := range []string{`<html lang="en" dir="ltr">`, "<h1>nazir report</h1>", ">Participants</h3>", ">Legend</h3>", "3 mentions", "guest", `<main class="nz-text" lang="ar" dir="rtl">`, `<h3 class="nz-h" lang="en" dir="ltr">Text</h3>`} {
		assert.Contains(t, en.String(), want)
	}
	// No English heading or label on the Arabic page outside the text, the
	// messages and the participants' English names.
	headings := regexp.MustCompile(`<h[123][^>]*>([^<]*)</h`).FindAllStringSubmatch(ar.String(), -1)
	require.NotEmpty(t, headings)
	for _, h := range headings[1:] { // the first is the file name
		assert.NotRegexp(t, `[A-Za-z]`, h[1], "Arabic heading")
	}
	assert.Equal(t, visibleText(t, ar.String()), visibleText(t, en.String()))

	var sec bytes.Buffer
	require.NoError(t, HTMLOptions{Language: "en"}.Sections(&sec, []Document{d}))
	assert.True(t, strings.Contains(sec.String(), ">Participants</h3>"))
	assert.NotContains(t, sec.String(), "<html")

	err := HTMLOptions{Language: "fr"}.Page(&bytes.Buffer{}, []Document{d})
	assert.ErrorContains(t, err, "Language")
}
