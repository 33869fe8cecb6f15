package webtext

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequiredBytes(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		want    string // the set's bytes, in order; "" with ok false
		ok      bool
	}{
		{"literal", `abc`, "a", true},
		{"fold case", `(?i)x`, "Xx", true},
		{"class", `[/:|]`, "/:|", true},
		{"smallest part of a concatenation", `[a-z]+\s*/`, "/", true},
		{"alternation is a union", `a|b`, "ab", true},
		{"an optional branch requires nothing", `a|b?`, "", false},
		{"star requires nothing", `a*`, "", false},
		{"anchors alone", `^$`, "", false},
		{"non-ASCII rune: its first byte", `：`, "\xef", true},
		{"repeat with a minimum", `(?:ab){2,3}`, "a", true},
		{"invalid pattern", `(`, "", false},
		{"U+FFFD matches invalid bytes", `\x{FFFD}`, invalid(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := requiredBytes(tt.pattern)
			require.Equal(t, tt.ok, ok)
			if !ok {
				return
			}
			var got []byte
			for b, in := range s {
				if in {
					got = append(got, byte(b))
				}
			}
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func invalid() string {
	var b []byte
	for c := 0x80; c < 0x100; c++ {
		b = append(b, byte(c))
	}
	return string(b)
}

// TestRequiredBytesSound checks the prefilter's promise on the embedded
// line-end patterns: every text a pattern matches contains a required byte.
func TestRequiredBytesSound(t *testing.T) {
	rs, err := DefaultRules()
	require.NoError(t, err)
	require.NotNil(t, rs.lineEndNeed, "the embedded line-end patterns have a prefilter")
	for _, text := range []string{
		"…وأكد الجانبان ذلك.Editor/Li Ming",
		"نص الخبر المحرر: أحمد",
		"text editors | somebody",
		"تحرير ： فلان",
	} {
		loc := rs.lineEnd.FindStringIndex(text)
		require.NotNil(t, loc, text)
		assert.True(t, rs.lineEndNeed.containsAny([]byte(text[loc[0]:loc[1]])), text)
	}
}

func FuzzRequiredBytes(f *testing.F) {
	f.Add(`(?i)\b(editor)\s*[/:]\s*\S[^\n]*$`, "x editor: y")
	f.Add(`a|b`, "zzb")
	f.Add(`\x{FFFD}`, "a\xffb")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		need, ok := requiredBytes(pattern)
		if !ok {
			return
		}
		if loc := re.FindStringIndex(text); loc != nil && !need.containsAny([]byte(text[loc[0]:loc[1]])) {
			t.Fatalf("%q matches %q, which has none of the required bytes", pattern, text[loc[0]:loc[1]])
		}
	})
}
