package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordList: a short list (compared word by word) and a long one (read
// through its set, a word listed twice kept once) find their words and
// nothing else: a word of a listed word's length, a prefix, a longer word.
func TestWordList(t *testing.T) {
	long := []string{"المبعوث", "المندوب", "الممثل", "السفير", "القنصل", "الوزير", "الرئيس",
		"الأمين", "المنسق", "المفوض", "المقرر", "الوسيط", "الناطق", "السفير"}
	for _, tc := range []struct {
		name  string
		words []string
	}{
		{"short", long[:5]},
		{"long with a word twice", long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newWordList(tc.words...)
			for _, w := range tc.words {
				assert.True(t, l.has(w), w)
			}
			for _, w := range []string{"", "ال", "المبعوثة", "مبعوث", "السفيرا", "الكاتب", "x"} {
				assert.False(t, l.has(w), w)
			}
		})
	}
}
