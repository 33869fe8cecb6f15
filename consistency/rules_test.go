package consistency_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// endless is an unbounded stream of spaces (a 100 MB file, or /dev/zero).
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// validPattern is a conflict pattern that loads.
const validPattern = `  - id: p1
    pattern: "@side X"
    expect: counterpart
    confidence: 0.9
    message: m
`

// TestLoadRulesHostile: hostile or broken rules files are refused with a
// clear error that wraps ErrRules and names the file (and the line where
// there is one), never a hang or a panic.
func TestLoadRulesHostile(t *testing.T) {
	bomb := "classes:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'j'; i++ {
		p := string(i - 1)
		bomb += "  " + string(i) + ": &" + string(i) + " [*" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + "]\n"
	}
	tests := []struct {
		name  string
		input io.Reader
		want  []string // substrings of the error
	}{
		{"alias bomb", strings.NewReader(bomb), []string{"hostile.yaml:2:", "anchors and aliases are not allowed"}},
		{"10,000 levels of flow nesting", strings.NewReader("classes: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), nil},
		{"40 levels of block nesting", strings.NewReader(blockNest(40)), []string{"nesting deeper than"}},
		{"100 MB file", io.LimitReader(endless{}, 100<<20), []string{"larger than"}},
		{"endless stream", endless{}, []string{"larger than"}},
		{"empty", strings.NewReader(""), []string{"empty file"}},
		{"syntax error", strings.NewReader("classes: [unclosed\n"), []string{"hostile.yaml:1:", "invalid YAML"}},
		{"top level is a list", strings.NewReader("- a\n- b\n"), []string{"hostile.yaml:1:", "want a mapping"}},
		{"unknown top-level field", strings.NewReader("classes:\n  side: [x]\nconflict:\n  - id: a\n"), []string{"hostile.yaml:3:", `unknown field "conflict"`}},
		{"duplicate top-level field", strings.NewReader("classes:\n  side: [x]\nclasses:\n  side: [y]\n"), []string{"hostile.yaml:3:", `duplicate field "classes"`}},
		{"duplicate class", strings.NewReader("classes:\n  side: [x]\n  side: [y]\n"), []string{"hostile.yaml:3:", "already defined at line 2"}},
		{"classes is a number", strings.NewReader("classes: 5\n"), []string{"hostile.yaml:1:", "want a mapping"}},
		{"class is a string", strings.NewReader("classes:\n  side: x\n"), []string{"hostile.yaml:2:", "want a list of strings"}},
		{"empty class", strings.NewReader("classes:\n  side: []\n"), []string{"hostile.yaml:2:", `class "side"`, "empty word list"}},
		{"class word of two words", strings.NewReader("classes:\n  side: [x,\n    \"a b\"]\n"), []string{"hostile.yaml:3:", `class "side": word "a b"`, "holds a space"}},
		{"empty class word", strings.NewReader("classes:\n  envoy: [سفير, \"\"]\n"), []string{"hostile.yaml:2:", `class "envoy": word ""`, "empty word"}},
		{"class word of marks alone", strings.NewReader("classes:\n  envoy: [سفير]\n  officer:\n    - المنسق\n    - \"\u064e\u0640\"\n"), []string{"hostile.yaml:5:", `class "officer"`, "folds to nothing"}},
		{"unknown pattern field", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + validPattern + "    colour: red\n"), []string{"hostile.yaml:9:", `unknown field "colour"`}},
		{"confidence is text", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, "0.9", "high", 1)), []string{"hostile.yaml:7:", "cannot unmarshal !!str `high` into float64"}},
		{"confidence above 1", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, "0.9", "1.5", 1)), []string{":4:", `pattern "p1"`, "confidence 1.5"}},
		{"unknown class in a pattern", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, "@side", "@sides", 1)), []string{":4:", `"@sides"`}},
		{"pattern without X", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, " X", "", 1)), []string{":4:", "no X"}},
		{"X twice", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, " X", " X X", 1)), []string{":4:", "X appears twice"}},
		{"unknown expect", strings.NewReader("classes:\n  side: [x]\nconflicts:\n" + strings.Replace(validPattern, "counterpart", "everyone", 1)), []string{":4:", `expect "everyone"`}},
		{"pattern is a list", strings.NewReader("classes:\n  side: [x]\nconflicts:\n  - [a, b]\n"), []string{"hostile.yaml:4:", "want a mapping"}},
		{"confusable of one", strings.NewReader("confusables:\n  - [AT]\n"), []string{"hostile.yaml:2:", "confusable pair"}},
		{"confusable with itself", strings.NewReader("confusables:\n  - [BE, NL]\n  - [AT, AT]\n"), []string{"hostile.yaml:3:", "confusable pair [AT AT]"}},
		{"topic sentence of an unknown class", strings.NewReader("classes:\n  side: [x]\ntopic_sentences: [nope]\n"), []string{"hostile.yaml:3:", `unknown class "nope"`}},
		{"topic sentence on a later line", strings.NewReader("classes:\n  side: [x]\ntopic_sentences:\n  - side\n  - nope\n"), []string{"hostile.yaml:5:", `unknown class "nope"`}},
		{"invalid UTF-8", strings.NewReader("classes:\n  side: [x]\n  other: [a\xffb]\n"), []string{"hostile.yaml:3:", "invalid UTF-8 (byte 0xFF at column 12)"}},
		{"control character", strings.NewReader("classes:\n  side: [x\x1b[8m]\n"), []string{"hostile.yaml:2:", "control character U+001B at column 11"}},
		{"C1 control character", strings.NewReader("classes:\n\n  side: [x\u0085y\u009b]\n"), []string{"hostile.yaml:3:", "control character U+009B"}},
		{"mis-indented key", strings.NewReader("classes:\n  side: [x]\nconflicts:\n  - id: p1\n    pattern: X\n   expect: counterpart\n"), []string{"hostile.yaml:6:", "invalid YAML"}},
		{"oversized file", strings.NewReader("classes:\n" + strings.Repeat("  # padding\n", consistency.MaxRulesBytes/12+10)), []string{fmt.Sprintf("hostile.yaml:%d:", (consistency.MaxRulesBytes-len("classes:\n"))/12+2), "larger than"}},
		{"a million nodes", strings.NewReader("classes:\n  side: [" + strings.Repeat("a,", 1<<20) + "a]\n"), []string{"hostile.yaml:2:", "more than 500000 YAML nodes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := consistency.LoadRules(tc.input, "hostile.yaml")
			require.Error(t, err)
			assert.Nil(t, rs)
			assert.ErrorIs(t, err, consistency.ErrRules)
			assert.Contains(t, err.Error(), "hostile.yaml")
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func blockNest(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat(" ", i) + "a:\n")
	}
	return b.String()
}

// TestLoadRulesFileMissing: a missing file is an error naming the path.
func TestLoadRulesFileMissing(t *testing.T) {
	_, err := consistency.LoadRulesFile("testdata/does-not-exist.yaml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does-not-exist.yaml")
}

// TestRulesUnknownConfusable: a confusable pair naming an entity the
// gazetteer does not have is refused when the Checker is built.
func TestRulesUnknownConfusable(t *testing.T) {
	g, err := nazir.DefaultGazetteer()
	require.NoError(t, err)
	rs, err := consistency.LoadRules(strings.NewReader("confusables:\n  - [AT, QQ]\n"), "over.yaml")
	require.NoError(t, err)
	base, err := consistency.DefaultRules()
	require.NoError(t, err)
	_, err = consistency.New(g, consistency.MergeRules(base, rs), consistency.Options{})
	require.ErrorIs(t, err, consistency.ErrRules)
	assert.Contains(t, err.Error(), `"QQ"`)
}

// FuzzLoadRules: LoadRules never panics; an error always wraps ErrRules;
// rules that load merge over the defaults into a Checker that checks a
// release without panicking, or are refused by New with ErrRules.
func FuzzLoadRules(f *testing.F) {
	def, err := consistency.DefaultRules()
	require.NoError(f, err)
	f.Add([]byte("classes:\n  side: [x]\nconflicts:\n" + validPattern))
	f.Add([]byte("classes:\n  side: [الجانب]\ntopics:\n  - id: t\n    pattern: \"@side ~2 X\"\n"))
	f.Add([]byte("confusables:\n  - [AT, AU]\n"))
	f.Add([]byte("classes: {a: [b]}\ntopic_sentences: [a]\n"))
	g, err := nazir.DefaultGazetteer()
	require.NoError(f, err)
	text := []byte("أجرى وزير الخارجية الصيني محادثات مع نظيره الأذربيجاني في بكين. وقال إن الجانب الأفغاني يلتزم بمبدأ الصين الواحدة.")
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := consistency.LoadRules(bytes.NewReader(data), "fuzz.yaml")
		if err != nil {
			require.True(t, errors.Is(err, consistency.ErrRules), "error without ErrRules: %v", err)
			require.Nil(t, rs)
			return
		}
		c, err := consistency.New(g, consistency.MergeRules(def, rs), consistency.Options{})
		if err != nil {
			require.ErrorIs(t, err, consistency.ErrRules)
			return
		}
		rep, err := c.Check(text)
		require.NoError(t, err)
		requireWellFormed(t, rep, text)
	})
}

// TestRulesMissingClass: rules without a word class the checker's code
// reads (here relative, which tells the author of a topic from a party)
// are refused when the Checker is built, naming the class; the default
// rules have every one.
func TestRulesMissingClass(t *testing.T) {
	g, err := nazir.DefaultGazetteer()
	require.NoError(t, err)
	base, err := consistency.DefaultRules()
	require.NoError(t, err)
	_, err = consistency.New(g, base, consistency.Options{})
	require.NoError(t, err)
	lacking := *base
	lacking.Classes = map[string][]string{}
	for k, v := range base.Classes {
		if k != "relative" {
			lacking.Classes[k] = v
		}
	}
	_, err = consistency.New(g, &lacking, consistency.Options{})
	require.ErrorIs(t, err, consistency.ErrRules)
	assert.Contains(t, err.Error(), "relative")
}

// TestRulesTypedVocabulary: expect and requires are read once, into typed
// values, when the rules load; is:ID and not:ID keep their id.
func TestRulesTypedVocabulary(t *testing.T) {
	rs, err := consistency.DefaultRules()
	require.NoError(t, err)
	byID := map[string]consistency.Pattern{}
	for _, p := range rs.Conflicts {
		byID[p.ID] = p
		assert.NotEqual(t, consistency.ExpectNone, p.Expect, p.ID)
	}
	assert.Equal(t, consistency.ExpectNot, byID["one-china-pledge"].Expect)
	assert.Equal(t, "CN", byID["one-china-pledge"].ExpectID)
	assert.Equal(t, consistency.ExpectIs, byID["one-china-principle"].Expect)
	assert.Equal(t, consistency.ExpectCounterpart, byID["side-of"].Expect)
	assert.Equal(t, consistency.RequiresConfusable, byID["relations-with"].Requires)
	assert.Equal(t, consistency.RequiresIntruder, byID["intruder-keen"].Requires)
	assert.Equal(t, consistency.RequiresNothing, byID["side-of"].Requires)
	assert.Equal(t, "absent", byID["intruder-keen"].Expect.String())
	for _, bad := range []string{"is:", "not:", "nobody", "counterpart:CN", "is"} {
		_, err := consistency.LoadRules(strings.NewReader("classes:\n  side: [x]\nconflicts:\n"+
			strings.Replace(validPattern, "counterpart", bad, 1)), "typed.yaml")
		require.ErrorIs(t, err, consistency.ErrRules, bad)
	}
	_, err = consistency.LoadRules(strings.NewReader("classes:\n  side: [x]\nconflicts:\n"+
		validPattern+"    requires: someone\n"), "typed.yaml")
	require.ErrorIs(t, err, consistency.ErrRules)
}
