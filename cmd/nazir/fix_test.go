package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixPrintsCorrectedText(t *testing.T) {
	code, out, errs := runCLI(t, "", "fix", exampleRelease)
	require.Equal(t, exitOK, code, errs)
	orig := string(exampleText(t))
	assert.NotEqual(t, orig, out)
	_, before, _ := runCLI(t, "", "check", "--format", "json", exampleRelease)
	fixable := 0
	for _, f := range jsonReports(t, before)[0].Findings {
		if f.Suggestion != nil {
			fixable++
			assert.Contains(t, out, *f.Suggestion)
		}
	}
	require.NotZero(t, fixable, "the example release has suggestions")
	_, again, _ := runCLI(t, out, "check", "--format", "json", "-")
	for _, f := range jsonReports(t, again)[0].Findings {
		assert.Nil(t, f.Suggestion, "after fix, no finding with a suggestion is left: %s", f.Message)
	}
}

func TestFixFilters(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		changed bool
	}{
		{"default", nil, true},
		{"errors only", []string{"--severity", "error"}, true},
		{"confidence above every finding", []string{"--min-confidence", "1"}, false},
	}
	orig := string(exampleText(t))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append(append([]string{"fix"}, c.args...), exampleRelease)
			code, out, errs := runCLI(t, "", args...)
			require.Equal(t, exitOK, code, errs)
			assert.Equal(t, c.changed, out != orig)
		})
	}
}

func TestFixDiff(t *testing.T) {
	code, out, _ := runCLI(t, "", "fix", "--diff", exampleRelease)
	assert.Equal(t, exitFindings, code, "a difference exits 1, like diff")
	assert.True(t, strings.HasPrefix(out, "--- a/"))
	assert.Contains(t, out, "\n-")
	assert.Contains(t, out, "\n+")
	code, out, _ = runCLI(t, "", "fix", "--diff", "--min-confidence", "1", exampleRelease)
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
}

func TestFixWriteInPlace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "release.txt")
	orig := exampleText(t)
	require.NoError(t, os.WriteFile(path, orig, 0o640))
	_, want, _ := runCLI(t, "", "fix", path)

	code, out, errs := runCLI(t, "", "fix", "-w", path)
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, out)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, want, string(got))
	kept, err := os.ReadFile(path + ".orig")
	require.NoError(t, err)
	assert.Equal(t, orig, kept)
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), st.Mode().Perm(), "the file keeps its mode")
	left, err := filepath.Glob(filepath.Join(dir, ".release.txt.nazir-*"))
	require.NoError(t, err)
	assert.Empty(t, left, "no temporary file is left")

	// A second run would overwrite the .orig: refused.
	require.NoError(t, os.WriteFile(path, orig, 0o640))
	code, _, errs = runCLI(t, "", "fix", "-w", path)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, ".orig exists")
	got, _ = os.ReadFile(path)
	assert.Equal(t, orig, got, "nothing written")
}

func TestWriteInPlaceRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(path, []byte("edited meanwhile"), 0o644))
	err := writeInPlace(path, []byte("as checked"), []byte("fixed"), false)
	require.ErrorIs(t, err, errChanged)
	got, _ := os.ReadFile(path)
	assert.Equal(t, "edited meanwhile", string(got))
	_, err = os.Stat(path + ".orig")
	assert.True(t, os.IsNotExist(err), "the .orig of a refused write is removed")
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "no temporary file is left")
}

func TestFixUsage(t *testing.T) {
	cases := []struct {
		name string
		args []string
		errs string
	}{
		{"diff and write", []string{"fix", "--diff", "-w", exampleRelease}, "exclude"},
		{"bad severity", []string{"fix", "--severity", "info", exampleRelease}, "--severity"},
		{"write stdin", []string{"fix", "-w", "-"}, "standard input"},
		{"no input", []string{"fix"}, "no input"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", c.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errs, c.errs)
		})
	}
}

// TestFixNames: nazir fix applies the name findings' suggestions: a wrong
// given name before a misspelt surname is replaced whole (given name and
// surname), and a name written two ways, known or not, takes one spelling;
// the fixed text has no name finding left.
func TestFixNames(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{
			"a wrong given name and the surname misspelt",
			"موسكو 3 مارس 2026 (تاس) أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو محادثات مع نظيره الأردني أيمن الصفدي.\nوقال فلاديمير لفروف إن المحادثات كانت مثمرة.\n",
			"وقال سيرغي لافروف إن المحادثات كانت مثمرة.",
		},
		{
			"an unknown person's surname with a long vowel dropped",
			"أستانا 14 مايو 2026 (وكالات) استقبل نائب رئيس الوزراء الكازاخستاني أليبيك باكاييف اليوم وفدا تجاريا من سلطنة عمان.\nوأقام نائب رئيس الوزراء باكايف مأدبة غداء تكريما للوفد.\n",
			"وأقام نائب رئيس الوزراء باكاييف مأدبة غداء",
		},
		{
			"a known official's surname respelt",
			"باريس 3 مارس 2026 (وكالات) بحث الرئيس الفرنسي إيمانويل ماكرون اليوم مع رئيس وزراء قطر العلاقات الثنائية.\nوأكد ماكرن أهمية التعاون في مجال الطاقة.\n",
			"وأكد ماكرون أهمية التعاون",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, c.in, "fix", "-")
			require.Equal(t, exitOK, code, errs)
			assert.Contains(t, out, c.want)
			_, again, _ := runCLI(t, out, "check", "--format", "json", "-")
			for _, f := range jsonReports(t, again)[0].Findings {
				assert.NotContains(t, []string{"name-variant", "wrong-given-name"}, string(f.Kind), "after fix: %s", f.Message)
			}
		})
	}
}
