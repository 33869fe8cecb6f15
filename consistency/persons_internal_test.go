package consistency

import (
	"os"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPersonKeys checks that personKeys, which keys each word once, agrees
// with nameKeys and wordKey.
func TestPersonKeys(t *testing.T) {
	for _, name := range []string{
		"", "بيرموف", "جيهون بيرموف", "عبد الله بن زايد ال نهيان",
		"الحسن البخيتي", "محمد الال", "وانغ يي", "سيرغي لافروف", "ال",
	} {
		t.Run(name, func(t *testing.T) {
			words := strings.Fields(name)
			keys, given, surname := personKeys(words)
			wantGiven, wantSurname := nameKeys(words)
			assert.Equal(t, wantGiven, given)
			assert.Equal(t, wantSurname, surname)
			for i, w := range words {
				assert.Equal(t, wordKey(w), keys[i], w)
			}
		})
	}
}

// TestLexTable checks that the word-class table finds every word of the
// class map with its bits, and nothing else: every token of the example
// release, every class word with a letter dropped or added, and the empty
// word.
func TestLexTable(t *testing.T) {
	_, c := testChecker(t)
	require.NotEmpty(t, c.lex)
	for w, bits := range c.lex {
		require.Equal(t, bits, c.classesOf(w), w)
		for _, other := range []string{w[:len(w)-1], w + "ا", "و" + w} {
			require.Equal(t, c.lex[other], c.classesOf(other), other)
		}
	}
	require.Zero(t, c.classesOf(""))
	src, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	txt := c.norm.Normalize(src)
	found := 0
	for i := range txt.Tokens() {
		w := txt.TokenText(i)
		assert.Equal(t, c.lex[w], c.classesOf(w), w)
		if !c.lex[w].empty() {
			found++
		}
	}
	st := c.lexSet.Stats()
	t.Logf("%d of %d tokens are class words; %d class words, filter %d bytes (%.0f%% of bits set), table %d bytes",
		found, len(txt.Tokens()), c.lexSet.Len(), st.FilterBytes, 100*st.FilterFill, st.TableBytes)
	require.Equal(t, len(c.lex), c.lexSet.Len())
	require.Len(t, c.lexClass, len(c.lex))
	// The filter stays in the first-level cache; at most half the slots
	// is used, so a miss usually stops at once.
	require.LessOrEqual(t, st.FilterBytes, 32<<10)
	require.LessOrEqual(t, 2*len(c.lex), st.TableBytes/8)
}

// TestConfusability checks the checker's confusability against the
// derived table and the rules' pairs: every pair the table keeps and every
// listed pair is confusable, both ways; a state is not confusable with
// itself; unrelated states are not.
func TestConfusability(t *testing.T) {
	_, c := testChecker(t)
	n := 0
	for _, p := range c.confTab.Pairs() {
		require.True(t, c.confusable(p.A, p.B), "%s %s", p.A, p.B)
		require.True(t, c.confusable(p.B, p.A), "%s %s", p.B, p.A)
		require.Equal(t, c.confusability(p.A, p.B), c.confusability(p.B, p.A))
		n++
	}
	assert.Greater(t, n, 200, "derived pairs")
	for p := range c.pairs {
		require.GreaterOrEqual(t, c.confusability(p[0], p[1]), handPairScore, "%v", p)
	}
	assert.True(t, c.confusable("AZ", "AF"), "阿 in Chinese")
	assert.True(t, c.confusable("KR", "JP"), "listed in the rules")
	assert.False(t, c.confusable("AZ", "AZ"))
	assert.False(t, c.confusable("SY", "RU"))
	assert.Equal(t, "zh1 阿", c.confusableReason("AZ", "AF"))
	assert.Equal(t, "", c.confusableReason("SY", "RU"))
}

// TestKeyFirstLetter checks what misspeltKnown's prefilter relies on:
// PhoneticInitial is the first letter of the key of every name word of the
// gazetteer and every word of the example release, as misspeltKnown keys
// them (folded, without the article).
func TestKeyFirstLetter(t *testing.T) {
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	var words []string
	for _, e := range g.Entities {
		for _, list := range [][]string{e.Names, e.Surname, e.Given} {
			for _, n := range list {
				words = append(words, strings.Fields(n)...)
			}
		}
	}
	src, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	words = append(words, strings.Fields(string(src))...)
	n := arabic.Default()
	for _, w := range words {
		w = entities.WithoutArticle(n.FoldString(w))
		var want byte
		if k := arabic.PhoneticKey(w); k != "" {
			want = k[0]
		}
		require.Equal(t, want, arabic.PhoneticInitial(w), "%q", w)
	}
}

// TestTrimToKnownSurname: a name read after a speech verb that is a noun
// plus a known person's surname (مكتب كاميرون) is the surname alone, an
// occurrence of that person, written right or wrong; a real given name
// before the surname is kept (a wrong given name is a finding of its own).
func TestTrimToKnownSurname(t *testing.T) {
	_, c := testChecker(t)
	lede := "لندن (رويترز) - التقى رئيس الوزراء البريطاني ديفيد كاميرون اليوم الرئيس الفرنسي فرنسوا هولاند.\nوقال كاميرون إن المحادثات كانت بناءة.\n"
	tests := []struct {
		name, sentence string
		words          []string // the person occurrence of the last sentence
		known          bool
	}{
		{"the office of Cameron", "وقال مكتب كاميرون إن بريطانيا ستمول المشروع.\n", []string{"كاميرون"}, true},
		{"the office of a misspelt Cameron", "وقال مكتب كميرون إن بريطانيا ستمول المشروع.\n", []string{"كميرون"}, true},
		{"a wrong given name stays", "وقال فلاديمير كميرون إن بريطانيا ستمول المشروع.\n", []string{"فلاديمير", "كميرون"}, false},
		{"a surname nobody named is left alone", "وقال مكتب سميثسون إن بريطانيا ستمول المشروع.\n", []string{"مكتب", "سميثسون"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(lede + tt.sentence)
			d := c.newState(src)
			defer c.release(d)
			d.prepare()
			d.analyse()
			last := d.sent(len(d.sents) - 1)
			var got *person
			for i := range d.persons {
				if p := &d.persons[i]; p.first > last.first && p.last <= last.last {
					got = p
				}
			}
			require.NotNil(t, got)
			assert.Equal(t, tt.words, got.words)
			assert.Equal(t, tt.known, got.known != nil)
		})
	}
}

// testChecker compiles a Checker from the repository's gazetteer and the
// default rules.
func testChecker(t *testing.T) (*entities.Gazetteer, *Checker) {
	t.Helper()
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	rules, err := DefaultRules()
	require.NoError(t, err)
	c, err := New(g, rules, Options{})
	require.NoError(t, err)
	return g, c
}

// TestYaAdded: yaAdded(a, b) is a+"ي" == b, both ways.
func TestYaAdded(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"الجنوب", "الجنوبي", true},
		{"المطير", "المطيري", true},
		{"", "ي", true},
		{"الجنوبي", "الجنوب", false},  // the other way
		{"الجنوب", "الجنوب", false},   // nothing added
		{"الجنوب", "الجنوبة", false},  // another letter added
		{"الشمال", "الجنوبي", false},  // another word
		{"الجنوب", "الجنوبيي", false}, // two added
		{"الصالح", "الصالحيا", false}, // more than ي
		{"ب", "ي", false},
	} {
		assert.Equal(t, c.a+"ي" == c.b, yaAdded(c.a, c.b), "%q %q", c.a, c.b)
		assert.Equal(t, c.want, yaAdded(c.a, c.b), "%q %q", c.a, c.b)
	}
}
