package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMeasureEquivalencesFixture: a pair of spellings one substitution or
// one long vowel apart is a true link when one Latin token carries both,
// a false one when two different tokens do; a pair two changes apart is no
// link; the baseline counts only letters no equivalence names.
func TestMeasureEquivalencesFixture(t *testing.T) {
	rows := []map[string]string{
		{"token_latin": "perez", "token_ar": "بيريز"},
		{"token_latin": "perez", "token_ar": "بيريس"},
		{"token_latin": "kerry", "token_ar": "كيري"},
		{"token_latin": "keri", "token_ar": "قيري"}, // kerry, keri: one token loosely
		{"token_latin": "macron", "token_ar": "ماكرون"},
		{"token_latin": "macron", "token_ar": "ماكرن"},
		{"token_latin": "baker", "token_ar": "بيكر"},
		{"token_latin": "bitar", "token_ar": "بيتر"}, // ك/ت: the baseline, false
		{"token_latin": "samir", "token_ar": "سمير"},
		{"token_latin": "zamir", "token_ar": "زمير"}, // ز/س between two tokens (z/s loose: one)
		{"token_latin": "jamal", "token_ar": "جمال"},
		{"token_latin": "kamal", "token_ar": "كمال"}, // ك/ج between two tokens: false
	}
	reps, base := measureEquivalences(rows)
	by := map[string]equivReport{}
	for _, r := range reps {
		by[r.name] = r
	}
	assert.Equal(t, equivReport{"ز/س", 2, 0}, by["ز/س"])
	assert.Equal(t, equivReport{"ك/ق", 1, 0}, by["ك/ق"])
	assert.Equal(t, equivReport{"ك/ج", 0, 1}, by["ك/ج"])
	assert.Equal(t, 1, by["long و inside"].true)
	assert.Equal(t, 0, by["long و inside"].false)
	assert.Equal(t, 0, base.true)
	assert.Equal(t, 1, base.false, "بيكر/بيتر")
}

// TestEquivalencesOnRealVariation reports the figures on the token table
// and keeps what they showed when measured: the letters of one "s" and of
// one "g" link real spellings far above the baseline, and ك for ج or غ
// links different names as often as any letter for another.
func TestEquivalencesOnRealVariation(t *testing.T) {
	d := dataDir(t)
	tb, err := readTSV(filepath.Join(d, "wikidata_en_ar_person_name_tokens.tsv"))
	require.NoError(t, err)
	reps, base := measureEquivalences(tb.rows)
	by := map[string]equivReport{}
	for _, r := range reps {
		t.Logf("%-20s %5d %6d %.3f lift %.1f %s", r.name, r.true, r.false, r.share(), r.share()/base.share(), verdict(r, base))
		by[r.name] = r
	}
	for _, n := range []string{"ز/س", "غ/ج", "ك/ق", "تش/ش", "long ي inside", "long ا inside", "article ال", "ع added or dropped inside"} {
		assert.Equal(t, "holds", verdict(by[n], base), n)
	}
	// ل for ي (a Spanish "ll") and an initial alef link different names
	// about as often as any letter for another: no equivalence
	for _, n := range []string{"ك/غ", "ج/ق", "ف/ب", "ل/ي", "initial ا", "ل added or dropped inside"} {
		assert.Equal(t, "does not hold", verdict(by[n], base), n)
	}
}

// TestMeasureAlternationsFixture: every substitution of one letter for
// another between two spellings is counted for its pair of letters, true
// when one Latin token carries both, false otherwise; تش for ش is one.
func TestMeasureAlternationsFixture(t *testing.T) {
	rows := []map[string]string{
		{"token_latin": "perez", "token_ar": "بيريز"},
		{"token_latin": "perez", "token_ar": "بيريس"},
		{"token_latin": "kamal", "token_ar": "كمال"},
		{"token_latin": "jamal", "token_ar": "جمال"},
		{"token_latin": "churchill", "token_ar": "تشرشل"},
		{"token_latin": "churchill", "token_ar": "شرشل"},
		{"token_latin": "macron", "token_ar": "ماكرون"},
		{"token_latin": "macron", "token_ar": "ماكرن"}, // a vowel dropped: no substitution
	}
	alts, base := measureAlternations(rows)
	by := map[string]alternation{}
	for _, a := range alts {
		by[a.a+"/"+a.b] = a
	}
	assert.Equal(t, alternation{"ز", "س", 1, 0}, by["ز/س"])
	assert.Equal(t, alternation{"ج", "ك", 0, 1}, by["ج/ك"])
	assert.Equal(t, alternation{"تش", "ش", 1, 0}, by["تش/ش"])
	assert.Equal(t, 3, len(alts))
	assert.Equal(t, alternation{true: 2, false: 1}, base)
	assert.Greater(t, by["ز/س"].lift(base), 1.0)
	assert.Less(t, by["ج/ك"].lift(base), 1.0)
}

// TestAlternationsGenerated: consistency/translit_gen.go is what the token
// table gives now, byte for byte (go run ./internal/peoplegen
// alternations regenerates it).
func TestAlternationsGenerated(t *testing.T) {
	d := dataDir(t)
	tb, err := readTSV(filepath.Join(d, "wikidata_en_ar_person_name_tokens.tsv"))
	require.NoError(t, err)
	want, err := alternationsSource(tb.rows)
	require.NoError(t, err)
	have, err := os.ReadFile(filepath.Join("..", "..", "consistency", "translit_gen.go"))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(have), "go run ./internal/peoplegen alternations")
}
