package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppendSegments: compounds are one segment joined or apart; ابن is
// بن; a particle or the article never takes الدين or الله.
func TestAppendSegments(t *testing.T) {
	cases := []struct {
		in     string
		want   []string
		joined uint32
	}{
		{"عبد الرحمن الخطيب", []string{"عبدالرحمن", "الخطيب"}, 1},
		{"عبدالرحمن الخطيب", []string{"عبدالرحمن", "الخطيب"}, 0},
		{"بدر عبد العاطي", []string{"بدر", "عبدالعاطي"}, 2},
		{"نور الدين الحمادي", []string{"نورالدين", "الحمادي"}, 1},
		{"حسن نصر الله", []string{"حسن", "نصرالله"}, 2},
		{"محمد ابن عبد الله", []string{"محمد", "بن", "عبدالله"}, 4},
		{"محمد بن الله", []string{"محمد", "بن", "الله"}, 0},
		{"عبد عبد", []string{"عبد", "عبد"}, 0},
		{"ابو ابن عبد الله", []string{"ابو", "بن", "عبدالله"}, 4},
		{"عبد بن سعيد", []string{"عبد", "بن", "سعيد"}, 0},
		{"سامي", []string{"سامي"}, 0},
	}
	for _, tc := range cases {
		got, joined := appendSegments(nil, strings.Fields(tc.in))
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.joined, joined, tc.in)
	}
}

// FuzzSegments: the segments of any words cover them in order, each one
// word or two joined, and segmentWords reports ranges inside the words.
func FuzzSegments(f *testing.F) {
	for _, s := range []string{"عبد الرحمن الخطيب", "نور الدين", "ابو بكر", "ابن عبد", "الله الدين", "عبد"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) > maxNameWords {
			words = words[:maxNameWords]
		}
		segs, joined := appendSegments(nil, words)
		// the words in order, the word ابن written بن (a whole word only:
		// two words' halves can join into those letters)
		var want strings.Builder
		for _, w := range words {
			if w == "ابن" {
				w = "بن"
			}
			want.WriteString(w)
		}
		if strings.Join(segs, "") != want.String() {
			t.Fatalf("segments %q do not cover %q", segs, words)
		}
		n := 0
		for i := range segs {
			if joined>>i&1 == 1 {
				n += 2
			} else {
				n++
			}
		}
		if n != len(words) {
			t.Fatalf("segments %q (joined %b) cover %d of %d words", segs, joined, n, len(words))
		}
		segmentWords(words, func(_, _ string, from, to int) {
			if from < 0 || to >= len(words) || to < from || to > from+1 {
				t.Fatalf("segment range %d..%d of %d words", from, to, len(words))
			}
		})
	})
}
