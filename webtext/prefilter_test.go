package webtext

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		want    []string // the literals ("~" prefix: ignoring case); nil with ok false
		ok      bool
	}{
		{"literal", `abc`, []string{"abc"}, true},
		{"fold case", `(?i)xyz`, []string{"~XYZ"}, true},
		{"fold case splits at k and s", `(?i)asks`, []string{"~A"}, true},
		{"class", `[/:|]`, []string{"/", ":", "|"}, true},
		{"longest literal of a concatenation", `ab\s*/\s*cde`, []string{"cde"}, true},
		{"alternation is a union", `ab|cd`, []string{"ab", "cd"}, true},
		{"factored alternation", `محرر|المحرر|تحرير`, []string{"محرر", "المحرر", "تحرير"}, true},
		{"an optional branch requires nothing", `a|b?`, nil, false},
		{"star requires nothing", `a*`, nil, false},
		{"anchors alone", `^$`, nil, false},
		{"large class", `[a-z]`, nil, false},
		{"repeat with a minimum", `(?:ab){2,3}`, []string{"ab"}, true},
		{"U+FFFD matches invalid bytes", `\x{FFFD}`, nil, false},
		{"invalid pattern", `(`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, ok := requiredLiterals(tt.pattern)
			require.Equal(t, tt.ok, ok)
			var got []string
			for _, l := range ls {
				s := l.s
				if l.fold {
					s = "~" + s
				}
				got = append(got, s)
			}
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestIndexFoldASCII(t *testing.T) {
	assert.Equal(t, 2, indexFoldASCII([]byte("a EDITor"), "editor"))
	assert.Equal(t, -1, indexFoldASCII([]byte("edito"), "editor"))
	assert.Equal(t, 0, indexFoldASCII([]byte("x"), ""))
	// Against a plain scan, on text mixing both cases of the first letter,
	// non-letters and Arabic.
	naive := func(text []byte, s string) int {
		for i := 0; i+len(s) <= len(text); i++ {
			if strings.EqualFold(string(text[i:i+len(s)]), s) {
				return i
			}
		}
		return -1
	}
	alphabet := []string{"e", "E", "d", "D", "i", "t", "o", "r", "/", "1", "ا", " "}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k > 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := []byte(b.String())
		for _, s := range []string{"e", "ed", "Edit", "EDITOR", "/1", "1e", "re"} {
			require.Equal(t, naive(text, s), indexFoldASCII(text, s), "%q in %q", s, text)
		}
	}
}

// TestPrefilterSound checks the prefilter's promise on the embedded
// line-end patterns: every text they match contains a required literal,
// and text without a credit is rejected before the regexp runs.
func TestPrefilterSound(t *testing.T) {
	rs, err := DefaultRules()
	require.NoError(t, err)
	require.NotNil(t, rs.lineEndNeed, "the embedded line-end patterns have a prefilter")
	for _, text := range []string{
		"…وأكد الجانبان ذلك.Editor/Li Ming",
		"نص الخبر المحرر: أحمد",
		"text EDITORS | somebody",
		"تحرير ： فلان",
		"Responsible editor: X",
	} {
		loc := rs.lineEnd.FindStringIndex(text)
		require.NotNil(t, loc, text)
		assert.True(t, rs.lineEndNeed.matchAny([]byte(text[loc[0]:loc[1]])), text)
	}
	assert.False(t, rs.lineEndNeed.matchAny([]byte("وقال الوزير: إن العلاقات في كانون الثاني / يناير")))
}

func FuzzRequiredLiterals(f *testing.F) {
	f.Add(`(?i)\b(editor|editors|edited by|responsible editor)\s*[/:]\s*\S[^\n]*$`, "x Editor: y")
	f.Add(`a|b`, "zzb")
	f.Add(`\x{FFFD}`, "a\xffb")
	f.Add(`(?i)sk`, "\u017f\u212a")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		need, ok := requiredLiterals(pattern)
		if !ok {
			return
		}
		if loc := re.FindStringIndex(text); loc != nil && !need.matchAny([]byte(text[loc[0]:loc[1]])) {
			t.Fatalf("%q matches %q, which has none of the literals %+v", pattern, text[loc[0]:loc[1]], need)
		}
	})
}

func TestLeadingLiterals(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		want    []string // as in TestRequiredLiterals; nil with ok false
		ok      bool
	}{
		{"literal", `abc`, []string{"abc"}, true},
		{"fold case stops at k and s", `(?i)asks`, []string{"~A"}, true},
		{"fold case starting with s", `(?i)sa`, nil, false},
		{"after a word boundary and a line start", `(?m)^\bab\s`, []string{"ab"}, true},
		{"class", `[/:|]x`, []string{"/", ":", "|"}, true},
		{"alternation is a union", `(?i)\b(editor|responsible editor)\s*:`, []string{"~EDITOR", "~RE"}, true},
		{"Arabic alternation", `(المحرر|محرر|تحرير)\s*/`, []string{"المحرر", "محرر", "تحرير"}, true},
		{"plus", `(?:ab)+c`, []string{"ab"}, true},
		{"a literal inside is not a start", `x*abc`, nil, false},
		{"any character first", `.abc`, nil, false},
		{"an optional branch", `a|b?`, nil, false},
		{"empty", `^$`, nil, false},
		{"U+FFFD first", `\x{FFFD}a`, nil, false},
		{"invalid pattern", `(`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, ok := leadingLiterals(tt.pattern)
			require.Equal(t, tt.ok, ok)
			var got []string
			for _, l := range ls {
				s := l.s
				if l.fold {
					s = "~" + s
				}
				got = append(got, s)
			}
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestLitSetIndex(t *testing.T) {
	ls := litSet{{s: "edit", fold: true}, {s: "محرر"}, {s: "ab"}}
	assert.Equal(t, 3, ls.index([]byte("xx EDITab")))
	assert.Equal(t, 1, ls.index([]byte("xab EDIT")))
	assert.Equal(t, 1, ls.index([]byte("xمحرر ab edit")))
	assert.Equal(t, -1, ls.index([]byte("edi محر a")))
	assert.Equal(t, -1, litSet{}.index([]byte("abc")))
}

// TestLeadingSearch: findLineEnd, which starts its search at the first
// leading literal, finds what the line-end regexp finds on the whole line,
// on lines built from credits, their near misses, Arabic and invalid UTF-8.
func TestLeadingSearch(t *testing.T) {
	rs, err := DefaultRules()
	require.NoError(t, err)
	require.NotNil(t, rs.lineEndLead, "the embedded line-end patterns start with literals")
	parts := []string{"Editor", "editors", "EDITED BY", "responsible editor", "re", "red", "xeditor", "المحرر",
		"محرر", "تحرير", "والمحرر", "/", ":", "|", " ", "  ", "Li", "فلان", ".", "\xff", "\xd9", "é", "1"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		line := []byte(b.String())
		want := -1
		if loc := rs.lineEnd.FindIndex(line); loc != nil {
			want = loc[0]
		}
		got, ok := rs.findLineEnd(line)
		require.Equal(t, want >= 0, ok, "%q", line)
		if ok {
			require.Equal(t, want, got, "%q", line)
		}
	}
}

func FuzzLeadingLiterals(f *testing.F) {
	f.Add(`(?i)\b(editor|editors|edited by|responsible editor)\s*[/:]\s*\S[^\n]*$`, "x Editor: y")
	f.Add(`a|b`, "zzb")
	f.Add(`(?i)ks`, "\u212as")
	f.Add(`\bab`, "cab ab")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		lead, ok := leadingLiterals(pattern)
		if !ok {
			return
		}
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if lead.index([]byte(text[loc[0]:])) != 0 {
				t.Fatalf("%q matches %q at %d, which starts with none of %+v", pattern, text[loc[0]:loc[1]], loc[0], lead)
			}
		}
	})
}
