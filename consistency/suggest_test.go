package consistency_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

func newSuggestChecker(t testing.TB) *consistency.Checker {
	t.Helper()
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	rules, err := consistency.DefaultRules()
	require.NoError(t, err)
	c, err := consistency.New(g, rules, consistency.Options{})
	require.NoError(t, err)
	return c
}

func TestSuggest(t *testing.T) {
	c := newSuggestChecker(t)
	tg := c.Tagger()
	for _, tc := range []struct {
		text, exp, want string
		ok              bool
	}{
		{"الجانب الأفغاني", "AZ", "الأذربيجاني", true},
		{"الحكومة الأفغانية", "AZ", "الأذربيجانية", true},
		{"والدول العربية", "AZ", "أذربيجان", true},
		// الصين has the article, merged into لل: a state without the
		// article is suggested bare (the span starts at the article's lam).
		{"للصين", "AZ", "أذربيجان", true},
		{"في كابول", "AZ", "باكو", true},
		{"الجانب الأفغاني", "no-such-id", "", false},
	} {
		ts := tg.Normalizer().Normalize([]byte(tc.text))
		ms := tg.Tag(ts)
		require.NotEmpty(t, ms, tc.text)
		m := ms[len(ms)-1]
		got, ok := c.Suggest(ts.Norm, &m, tc.exp)
		if tc.exp == "no-such-id" {
			assert.False(t, ok)
			continue
		}
		assert.Equal(t, tc.ok, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
	// A mention whose offsets do not fit the text is refused, not a panic.
	bad := entities.Mention{NormStart: 5, NormEnd: 500, Form: entities.FormName}
	_, ok := c.Suggest("short", &bad, "AZ")
	assert.False(t, ok)
}

func ExampleChecker_Suggest() {
	g, err := entities.LoadFile("../gazetteer.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	rules, err := consistency.DefaultRules()
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := consistency.New(g, rules, consistency.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := c.Tagger().Normalizer().Normalize([]byte("وأشاد بالدعم الذي قدمته الحكومة الأفغانية"))
	for _, m := range c.Tagger().Tag(t) {
		s, ok := c.Suggest(t.Norm, &m, "AZ")
		fmt.Println(m.Text, "→", s, ok)
	}
	// Output:
	// الأفغانية → الأذربيجانية true
}
