package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTagEvasion: a name disguised by characters that do not change how it
// reads (joiners, tatweel, harakat, a presentation-form ligature, Persian
// letters, bidi controls) is still tagged, with its span in the original
// bytes covering the disguised letters.
func TestTagEvasion(t *testing.T) {
	tg, n := newTestTagger(t, loadRepo(t))
	tests := []struct {
		name string
		word string // the disguised name, as it stands in the sentence
		id   string
		form Form
	}{
		{"plain (control case)", "أذربيجان", "AZ", FormName},
		{"ZWNJ inside", "أذر\u200cبيجان", "AZ", FormName},
		{"ZWJ inside", "أذربي\u200dجان", "AZ", FormName},
		{"ZWSP inside", "أذرب\u200bيجان", "AZ", FormName},
		{"tatweel", "أذربيـــجان", "AZ", FormName},
		{"harakat", "أَذْرَبِيجَانَ", "AZ", FormName},
		{"lam-alef ligature in the article", "اﻷذربيجاني", "AZ", FormNisba},
		{"lam-alef ligature, plain alef", "ﻻوس", "LA", FormName},
		{"isolated presentation forms", "ﺃﺫﺭﺑﻴﺠﺎﻥ", "AZ", FormName},
		{"Persian yeh and keheh", "ترکیا", "TR", FormName},
		{"Persian yeh", "ایران", "IR", FormName},
		{"RLO … PDF around the name", "\u202eأذربيجان\u202c", "AZ", FormName},
		{"RLI … PDI around the name", "\u2067أذربيجان\u2069", "AZ", FormName},
		{"RLM and ALM inside", "أذر\u200fبيج\u061cان", "AZ", FormName},
		{"BOM inside", "أذربي\ufeffجان", "AZ", FormName},
		{"every trick at once", "\u202eأَذْر\u200cبيـــجان\u202c", "AZ", FormName},
		{"Latin name", "Azerbaijan", "AZ", FormName},
		{"Latin name with ZWSP", "Azer\u200bbaijan", "AZ", FormName},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "وصل وزير الخارجية إلى " + tc.word + " أمس."
			ms := tg.Tag(n.Normalize([]byte(src)))
			var got *Mention
			for i := range ms {
				for _, id := range ms[i].Entities {
					if id == tc.id {
						got = &ms[i]
					}
				}
			}
			require.NotNil(t, got, "%q not tagged as %s; mentions: %v", tc.word, tc.id, briefs(ms))
			assert.Equal(t, tc.form, got.Form)
			at := strings.Index(src, tc.word)
			require.GreaterOrEqual(t, got.Start, at, "span starts before the word")
			require.LessOrEqual(t, got.End, at+len(tc.word), "span ends after the word")
			assert.True(t, utf8.ValidString(src[got.Start:got.End]), "span on rune boundaries")
			assert.Equal(t, src[got.Start:got.End], got.Text)
			// The span covers every letter of the word: what is outside it
			// is only controls (which normalise to nothing).
			outside := src[at:got.Start] + src[got.End:at+len(tc.word)]
			assert.Empty(t, n.FoldString(outside), "letters outside the span: %q", outside)
		})
	}
}
