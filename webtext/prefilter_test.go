package webtext

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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

func TestFirstRunes(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		want    string // the runes; "" with ok false
		ok      bool
	}{
		{"literal", `abc`, "a", true},
		{"fold case", `(?i)cb`, "Cc", true},
		{"fold case: s, S and long s", `(?i)share`, "Ssſ", true},
		{"fold case: k and the Kelvin sign", `(?i)k`, "Kk\u212a", true},
		{"anchored alternation", `^(?:تعليق|[أا]ضف|(?i)x)$`, "تأاXx", true},
		{"after a word boundary", `\bمحرر`, "م", true},
		{"class", `[/:|]x`, "/:|", true},
		{"plus", `(?:ab)+c`, "a", true},
		{"repeat at least once", `a{2,}`, "a", true},
		{"a star first", `x*abc`, "", false},
		{"optional first", `a?b`, "", false},
		{"any character first", `.abc`, "", false},
		{"a wide class", `[a-z\x{600}-\x{6ff}]b`, "", false},
		{"an optional branch", `a|b?`, "", false},
		{"empty", `^$`, "", false},
		{"invalid pattern", `(`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, ok := firstRunes(tt.pattern)
			require.Equal(t, tt.ok, ok)
			assert.ElementsMatch(t, []rune(tt.want), rs)
		})
	}
}

// TestWholeLineFirstRunes: wholeLine, which runs the regexp only on lines
// that start with one of the whole-line patterns' first runes, says what
// the regexp says, on lines built from chrome, near misses, Arabic and
// invalid UTF-8.
func TestWholeLineFirstRunes(t *testing.T) {
	rs, err := DefaultRules()
	require.NoError(t, err)
	require.NotNil(t, rs.lineFirst, "the embedded whole-line patterns start with known runes")
	parts := []string{"تعليق", "ات", "ال", "أضف", "اضف", " تعليقا", "أكتب", "اكتب", " شيئا", "~", "شارك", "ها",
		"Comment", "s", "SHARE", "ſhare", " this", "Editor", "source", "المحرر", "مراسل", ":", "/", " ", "فلان",
		"والمحرر", "\xff", "\xd9", "é", "1", "وقال"}
	rng := rand.New(rand.NewPCG(7, 8))
	matched := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := 1 + rng.IntN(5); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		line := bytes.TrimSpace([]byte(b.String()))
		if len(line) == 0 {
			continue
		}
		want := rs.line.Match(line)
		if want {
			matched++
		}
		require.Equal(t, want, rs.wholeLine(line), "%q", line)
	}
	require.Greater(t, matched, 100, "the lines reach the patterns")
}

func FuzzFirstRunes(f *testing.F) {
	f.Add(`^(?:(?i)share|تعليق)$`, "Share")
	f.Add(`(?i)ks`, "\u212as")
	f.Add(`\bab|[c-e]+`, "x ab dd")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		first, ok := firstRunes(pattern)
		if !ok {
			return
		}
		for _, loc := range re.FindAllStringIndex(text, -1) {
			r, _ := utf8.DecodeRuneInString(text[loc[0]:])
			if !slices.Contains(first, r) {
				t.Fatalf("%q matches %q at %d, which starts with none of %q", pattern, text[loc[0]:loc[1]], loc[0], first)
			}
		}
	})
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
