package report

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

func TestHTMLFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "report")
	d := fixture(t)
	clean := &finding.Report{File: "clean/b.txt"}
	names := map[string]string{"AZ": "أذربيجان", "AF": "أفغانستان"}
	f, err := NewHTMLFolder(dir, HTMLOptions{}, func(id string) string { return names[id] })
	require.NoError(t, err)
	a := *d.Report
	a.File = "releases/a.txt"
	require.NoError(t, f.Add(&a, d.Text))
	require.NoError(t, f.Add(clean, []byte("نص سليم")))
	a2 := a
	a2.File = "releases/a.txt" // the same name twice gets its own page
	require.NoError(t, f.Add(&a2, d.Text))
	require.NoError(t, f.Close())

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var pages []string
	for _, e := range entries {
		pages = append(pages, e.Name())
	}
	assert.Equal(t, []string{"0001-releases_a.txt.html", "0002-clean_b.txt.html", "0003-releases_a.txt.html", "index.html"}, pages)

	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	s := string(index)
	assert.Contains(t, s, `<html lang="ar" dir="rtl">`)
	for _, p := range pages[:3] {
		assert.Contains(t, s, `href="`+p+`"`, "the index links every page")
	}
	assert.Contains(t, s, "عدد الملفات المدقّقة 3، منها 2 فيها ملاحظات")
	// The fixture's conflicts are Azerbaijan written as Afghanistan (twice)
	// and as Albania: per file, so 4 and 2 over the two copies.
	swaps := regexp.MustCompile(`<tr><td>([^<]*)</td><td>([^<]*)</td><td class="nz-num">(\d+)</td></tr>`).FindAllStringSubmatch(s, -1)
	require.NotEmpty(t, swaps)
	assert.Equal(t, []string{"أذربيجان", "أفغانستان", "4"}, swaps[0][1:], "the most frequent swap first, with names")
	assert.Contains(t, s, `<tr class="nz-clean">`)

	page, err := os.ReadFile(filepath.Join(dir, pages[0]))
	require.NoError(t, err)
	assert.Contains(t, string(page), `<a href="index.html">كل الملفات</a>`)
	assert.Contains(t, string(page), "releases/a.txt")
	assert.NotContains(t, string(page), "clean/b.txt", "one document per page")

	_, err = NewHTMLFolder(dir, HTMLOptions{Language: "xx"}, nil)
	assert.Error(t, err)
}

func TestPageName(t *testing.T) {
	for _, tc := range []struct {
		n          int
		file, want string
	}{
		{1, "a.txt", "0001-a.txt.html"},
		{12, "../x/y z.txt", "0012-x_y_z.txt.html"},
		{3, "-", "0003-stdin.html"},
		{4, "بيان.txt", "0004-بيان.txt.html"},
		{5, "", "0005-input.html"},
		{6, strings.Repeat("d/", 60) + "f.txt", "0006-" + strings.Repeat("d_", 37) + "f.txt.html"},
	} {
		assert.Equal(t, tc.want, pageName(tc.n, tc.file), tc.file)
	}
}
