package entities

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOrganisationOfficials: the gazetteer holds the office holders of the
// organisations Arab diplomatic news names most, each office held without
// a gap longer than an interim (three months) or an overlap from its
// start (or 2005) to now: the Secretaries-General of the United Nations,
// the Arab League, the Gulf Cooperation Council and the Organisation of
// Islamic Cooperation, the EU's High
// Representative and the Presidents of the European Commission and of the
// European Council. Each holder's entry is an organisation's (office
// other, org set: no state's party), tagged by its first name, and says
// where its facts come from without being a generated reference entry.
func TestOrganisationOfficials(t *testing.T) {
	g, err := LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	tg, n := newTestTagger(t, g)
	since := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	offices := []struct {
		org   string
		since time.Time
	}{
		{"un", since(2005, 1, 1)},
		{"arab-states", since(2005, 1, 1)},
		{"gcc", since(2005, 1, 1)},
		{"eu", since(2005, 1, 1)}, // the High Representative
		{"european-commission", since(2005, 1, 1)},
		{"european-council", since(2009, 12, 1)}, // a permanent president since the Lisbon Treaty
		{"oic", since(2005, 1, 1)},
	}
	const interim = 92 * 24 * time.Hour
	for _, o := range offices {
		t.Run(o.org, func(t *testing.T) {
			var holders []*Entity
			for _, e := range g.ByKind(Person) {
				if e.Org == o.org {
					holders = append(holders, e)
				}
			}
			require.NotEmpty(t, holders)
			slices.SortFunc(holders, func(a, b *Entity) int { return a.From.Compare(b.From) })
			assert.False(t, holders[0].From.After(o.since), "%s: the first holder starts %s, after %s", o.org, holders[0].From.Format(time.DateOnly), o.since.Format(time.DateOnly))
			assert.True(t, holders[len(holders)-1].To.IsZero(), "%s: the last holder %s is still in office", o.org, holders[len(holders)-1].ID)
			for i, e := range holders {
				assert.Equal(t, "other", e.Office, "%s speaks for no state", e.ID)
				assert.NotEmpty(t, e.Provenance, "%s: source", e.ID)
				assert.False(t, e.Reference(), "%s is hand-written", e.ID)
				assert.False(t, e.From.IsZero(), "%s: from", e.ID)
				ms := tg.Tag(n.Normalize([]byte(e.Names[0])))
				require.Len(t, ms, 1, "%s: %s", e.ID, e.Names[0])
				assert.Contains(t, ms[0].Entities, e.ID, "%s: %s", e.ID, e.Names[0])
				if i == 0 {
					continue
				}
				prev := holders[i-1]
				if !assert.False(t, prev.To.IsZero(), "%s: %s has no end but %s follows", o.org, prev.ID, e.ID) {
					continue
				}
				gap := e.From.Sub(prev.To)
				assert.Positive(t, gap, "%s: %s starts before %s ends", o.org, e.ID, prev.ID)
				assert.LessOrEqual(t, gap, interim, "%s: %s to %s", o.org, prev.ID, e.ID)
			}
		})
	}
}

// TestOrgField: org names a group or an organisation of the gazetteer; an
// official of one is no state's party; a hand-written source is no
// reference entry.
func TestOrgField(t *testing.T) {
	base := `countries:
  - id: PT
    en: Portugal
    names: [البرتغال]
organisations:
  - id: un
    en: United Nations
    names: [الأمم المتحدة]
people:
  - id: pt-sg
    en: Secretary-General
    country: PT
    office: other
    org: %s
    names: [فلان البرتغالي]
    source: %s
`
	g, err := Load(strings.NewReader(strings.NewReplacer("%s", "un").Replace(base)), "org.yaml")
	require.NoError(t, err)
	e, _ := g.Lookup("pt-sg")
	assert.Equal(t, "un", e.Org)
	for _, bad := range []string{"PT", "nato"} {
		_, err := Load(strings.NewReader(strings.Replace(strings.Replace(base, "%s", bad, 1), "%s", "hand", 1)), "org.yaml")
		require.Error(t, err, bad)
		assert.Contains(t, err.Error(), "org: unknown group or organisation id")
	}
	for src, ref := range map[string]bool{
		"":                              false,
		"hand":                          false,
		`"Wikidata Q1; Arabic: hand"`:   false,
		"the GCC's announcement":        false,
		`"Wikidata Q1; Arabic: tokens"`: true,
		`"Wikidata Q1; Arabic: label"`:  true,
		`"Wikidata Q1; Arabic: gazetteer.yaml x"`: true,
	} {
		e := &Entity{Provenance: strings.Trim(src, `"`)}
		assert.Equal(t, ref, e.Reference(), src)
	}
}

// TestPersonKeyWithNote: a hand-written entry whose source names the
// person's Wikidata item with a note after it is one person with the
// generated entries of that item, whatever their English names.
func TestPersonKeyWithNote(t *testing.T) {
	g, err := Load(strings.NewReader(`countries:
  - id: KR
    en: South Korea
    names: [كوريا الجنوبية]
people:
  - id: kr-sg
    en: Ban Ki-moon (UN Secretary-General)
    country: KR
    office: other
    names: [بان كي مون]
    source: "Wikidata Q1253 (the person); the office's dates by hand; Arabic: hand"
  - id: kr-fm
    en: Ban Ki-moon, minister
    country: KR
    office: foreign-minister
    names: [بان كي مون]
    source: "Wikidata Q1253; Arabic: gazetteer.yaml kr-sg"
  - id: kr-other
    en: Ban Ki-moon (UN Secretary-General)
    country: KR
    office: head-of-state
    names: [بان كي مون]
    source: "Wikidata Q12530; Arabic: tokens"
`), "key.yaml")
	require.NoError(t, err)
	tg, _ := newTestTagger(t, g)
	x := tg.People()
	get := func(id string) *Entity { e, _ := g.Lookup(id); return e }
	assert.True(t, x.SamePerson(get("kr-sg"), get("kr-fm")))
	assert.False(t, x.SamePerson(get("kr-sg"), get("kr-other")), "another item is another person")
}

// noStateNoOrg are the people of office other who speak for neither a
// state nor an organisation of the gazetteer, with why.
var noStateNoOrg = map[string]string{
	"eg-tawadros": "the Coptic pope speaks for his church",
}

// orgTitleWords are the English words an organisation's officials' titles
// name it by, where its English name is not one of them.
var orgTitleWords = map[string][]string{
	"arab-states": {"Arab League"},
}

// TestOfficeOther: office other is an organisation's office (org set), and
// an organisation's official has office other; a person who speaks for a
// state (a vice president, a crown prince, a deputy minister) has an
// office of their own, so that their state is theirs. A title in an
// organisation's official's English name names that organisation, by its
// English name, its initials or the words listed in orgTitleWords.
func TestOfficeOther(t *testing.T) {
	g, err := LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	var others int
	for _, e := range g.ByKind(Person) {
		if e.Org != "" {
			assert.Equal(t, "other", e.Office, "%s is %s's official: office other", e.ID, e.Org)
		}
		if e.Office != "other" {
			continue
		}
		others++
		if e.Org == "" {
			assert.Contains(t, noStateNoOrg, e.ID, "%s: office other without org speaks for no state; give the office it holds (vice-president, crown-prince …) or the organisation", e.ID)
			continue
		}
		_, title, ok := strings.Cut(e.English, " (")
		if !ok {
			continue
		}
		org, ok := g.Lookup(e.Org)
		require.True(t, ok, e.Org)
		words := append([]string{org.English, initials(org.English)}, orgTitleWords[e.Org]...)
		assert.True(t, slices.ContainsFunc(words, func(w string) bool { return strings.Contains(title, w) }),
			"%s: the title in %q names no %s (%v)", e.ID, e.English, e.Org, words)
	}
	assert.GreaterOrEqual(t, others, 20)
	for id := range noStateNoOrg {
		e, ok := g.Lookup(id)
		if assert.True(t, ok, id) {
			assert.Equal(t, "other", e.Office, id)
		}
	}
	assert.Equal(t, "GCC", initials("Gulf Cooperation Council"))
	assert.Equal(t, "OIC", initials("Organisation of Islamic Cooperation"))
}

// initials are the capitals that open the words of name (Gulf Cooperation
// Council → GCC, Organisation of Islamic Cooperation → OIC).
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
