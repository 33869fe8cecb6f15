package consistency

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestHiddenLeads: every hidden control but U+061C starts with a byte of
// hiddenLeads, so hasHiddenControlValid misses none.
func TestHiddenLeads(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) || r == 0x061C || !isHiddenControl(r) {
			continue
		}
		utf8.EncodeRune(buf[:], r)
		if !strings.Contains(hiddenLeads, string(buf[:1])) {
			t.Fatalf("U+%04X starts with %#x, not in hiddenLeads", r, buf[0])
		}
	}
}

// TestHasHiddenControlValid: the byte-search scan of valid UTF-8 agrees
// with the walk over every rune, on text with each kind of hidden control
// and on clean text with the same lead bytes (quotes, presentation forms,
// emoji).
func TestHasHiddenControlValid(t *testing.T) {
	const base = "التقى وزير الخارجية نظيره"
	cases := []struct {
		name string
		text string
		want bool
	}{
		{"clean Arabic", base, false},
		{"clean quotes, dash, ellipsis", "قال “" + base + "” – …", false},
		{"clean presentation form and NBSP", "ﻷ" + base + "\u00a0", false},
		{"clean emoji and CJK", base + " 😀 中国", false},
		{"ALM", "وزير\u061cالخارجية", true},
		{"soft hyphen", "الخار\u00adجية", true},
		{"CGJ", "الخار\u034fجية", true},
		{"ZWSP after a quote", "“" + base + "\u200b”", true},
		{"RLO", "\u202e" + base, true},
		{"Hangul filler", base + "\u3164", true},
		{"variation selector", base + "\ufe0f", true},
		{"BOM", "\ufeff" + base, true},
		{"tag character", base + "\U000E0041", true},
		{"musical format", base + "\U0001D173", true},
		{"Mongolian FVS", base + "\u180b", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, hasHiddenControlValid([]byte(tc.text)))
			assert.Equal(t, hasHiddenControl([]byte(tc.text)), hasHiddenControlValid([]byte(tc.text)))
		})
	}
}

// FuzzHasHiddenControlValid: on valid UTF-8 the two scans agree.
func FuzzHasHiddenControlValid(f *testing.F) {
	for _, s := range []string{"", "وزير\u061cالخارجية", "“نص”", "ﻷ\U000E0041", "\xd8\x9c", "a\u00adb"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !utf8.Valid(src) {
			return
		}
		if got, want := hasHiddenControlValid(src), hasHiddenControl(src); got != want {
			t.Fatalf("hasHiddenControlValid(%q) = %v, hasHiddenControl %v", src, got, want)
		}
	})
}
