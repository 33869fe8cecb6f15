package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/nazir-nlp/nazir/entities"
)

// TestCLDRCoverage: x/text's CLDR tables name every country of the
// gazetteer in each locale the source lexicons read, and the Aligner
// knows each of them in every source language.
func TestCLDRCoverage(t *testing.T) {
	a := newTestAligner(t)
	countries := a.g.ByKind(entities.Country)
	named := map[string]int{}
	for lang, locs := range cldrLocales {
		for _, loc := range locs {
			namer := display.Regions(language.MustParse(loc))
			for _, c := range countries {
				r, err := language.ParseRegion(c.ID)
				if err != nil {
					t.Errorf("%s: not a region x/text knows", c.ID)
					continue
				}
				if namer.Name(r) != "" {
					named[loc]++
				}
			}
		}
		for _, c := range countries {
			assert.True(t, a.Knows(lang, c.ID), "%s in %s", c.ID, lang)
		}
	}
	for loc, n := range named {
		assert.Equal(t, len(countries), n, loc)
	}
	// Of the region codes x/text counts as countries, those it names in
	// all six locales of the issue (en, zh-Hans, zh-Hant, fr, ru, es).
	all, countriesCLDR := 0, 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || r.String() != code || !r.IsCountry() {
				continue
			}
			countriesCLDR++
			ok := true
			for _, loc := range []string{"en", "zh-Hans", "zh-Hant", "fr", "ru", "es"} {
				ok = ok && display.Regions(language.MustParse(loc)).Name(r) != ""
			}
			if ok {
				all++
			}
		}
	}
	t.Logf("gazetteer countries %d, all named in %v; x/text countries %d, named in all six locales %d", len(countries), named, countriesCLDR, all)
	assert.GreaterOrEqual(t, countriesCLDR, 285)
	assert.GreaterOrEqual(t, all, 277, "x/text v0.44.0 names 277 of 285 (not AN CQ CS FQ NT PC SU YU)")
}
