package webtext

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChromeStartLongLine: a credit glued to the end of a very long line is
// still found, and only the end of the line is searched.
func TestChromeStartLongLine(t *testing.T) {
	para := strings.Repeat("وقال وانغ إن الصين تقدر الدعم القوي ", 3000) // about 100 KB
	tests := []struct {
		name string
		text string
		want int
	}{
		{"credit at the end of a 100 KB line", para + "المشترك.Editor/Bian Wenjun", len(para) + len("المشترك.")},
		{"credit far from the end is not chrome", para[:2000] + "Editor/Bian " + para, len(para[:2000] + "Editor/Bian " + para)},
		{"one 100 KB word", strings.Repeat("ا", 50000) + " Editor/X", len(strings.Repeat("ا", 50000)) + 1},
		{"one 100 KB word, no space", strings.Repeat("ا", 50000), 100000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ChromeStart([]byte(tc.text)))
		})
	}
}

// TestWholeLineAlternation: wholeLine's one alternation of the whole-line
// patterns answers as the patterns one by one do: chrome lines are chrome,
// other lines are not, and so on every line of the repository's releases.
func TestWholeLineAlternation(t *testing.T) {
	rs, err := DefaultRules()
	require.NoError(t, err)
	require.NotNil(t, rs.line)
	oneByOne := func(line []byte) bool {
		for _, re := range rs.lines {
			if re.Match(line) {
				return true
			}
		}
		return false
	}
	chrome := []string{"تعليقات", "التعليقات", "أضف تعليقا", "اكتب شيئا ~", "شاركها", "Comments", "comment",
		"Write something ~", "Share this", "Editor: Li Wei", "Source | Xinhua", "المحرر: فلان", "المصدر/ وكالات"}
	plain := []string{"وقال وانغ إن الصين تقدر الدعم", "Share the news today", "التعليقات الواردة في البيان",
		"Editor's note", "محرر الصفحة", "شارك الوزير في الاجتماع", "تعليقات كثيرة", ""}
	for _, l := range chrome {
		assert.True(t, rs.wholeLine([]byte(l)), l)
		assert.True(t, oneByOne([]byte(l)), l)
	}
	for _, l := range plain {
		assert.False(t, rs.wholeLine([]byte(l)), l)
		assert.False(t, oneByOne([]byte(l)), l)
	}
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, l := range bytes.Split(b, []byte("\n")) {
			l = bytes.TrimSpace(l)
			assert.Equal(t, oneByOne(l), rs.wholeLine(l), "%s: %q", f, l)
		}
	}
}

// BenchmarkChromeStart finds the chrome of the repository's releases (one
// op is every release once).
func BenchmarkChromeStart(b *testing.B) {
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(b, err)
	var texts [][]byte
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		require.NoError(b, err)
		texts = append(texts, t)
		size += len(t)
	}
	rs, err := DefaultRules()
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			rs.ChromeStart(t)
		}
	}
}
