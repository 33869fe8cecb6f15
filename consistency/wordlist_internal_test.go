package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordList: a short list and a long one (a word listed twice kept
// once in its set) find their words and nothing else: a word of a listed
// word's length, a prefix, a longer word; an empty list finds nothing.
func TestWordList(t *testing.T) {
	long := []string{"المبعوث", "المندوب", "الممثل", "السفير", "القنصل", "الوزير", "الرئيس",
		"الأمين", "المنسق", "المفوض", "المقرر", "الوسيط", "الناطق", "السفير"}
	for _, tc := range []struct {
		name  string
		words []string
	}{
		{"empty", nil},
		{"one word", long[:1]},
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
