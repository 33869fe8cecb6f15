package entities

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tenureYAML: a person with two offices (one Wikidata item, two entries),
// tenures written as a day, a month and a year, and one still in office;
// a hand-written person (no Wikidata item) with another office in a
// generated entry (a Wikidata item, the same state and English name); and
// two generated people of a state whose code starts with Q.
const tenureYAML = `countries:
  - id: AL
    en: Albania
    names: [ألبانيا]
    nisba: [ألباني]
  - id: US
    en: United States
    names: [الولايات المتحدة]
    nisba: [أمريكي]
people:
  - id: al-meta-fm
    en: Ilir Meta
    country: AL
    office: foreign-minister
    names: [إيلير ميتا]
    from: "2002"
    to: "2010"
    source: "Wikidata Q57451; Arabic: tokens"
  - id: al-meta-hos
    en: Ilir Meta
    country: AL
    office: head-of-state
    names: [إيلير ميتا]
    from: "2017"
    to: "2022-07"
    source: "Wikidata Q57451; Arabic: tokens"
  - id: us-biden-vp
    en: Joe Biden (vice president)
    country: US
    office: other
    names: [جو بايدن]
    from: 2009-01-20
    to: 2017-01-20
  - id: us-biden
    en: Joe Biden
    country: US
    office: head-of-state
    names: [جو بايدن]
    from: 2021-01-20
    to: 2025-01-20
  - id: us-rubio
    en: Marco Rubio
    country: US
    office: foreign-minister
    names: [ماركو روبيو]
    from: 2025-01-21
    to: ""
  - id: us-nobody
    en: Nobody
    country: US
    office: other
    names: [فلان الفلاني]
  - id: us-kerry
    en: John Kerry
    country: US
    office: foreign-minister
    names: [جون كيري]
    from: 2013-02-01
    to: 2017-01-20
  - id: us-kerry-other-2021
    en: John Kerry
    country: US
    office: other
    names: [جون كيري]
    from: 2021-01-20
    to: 2024-03-06
    source: "Wikidata Q22316; Arabic: gazetteer.yaml us-kerry"
  - id: qa-one
    en: Qa One
    country: QA
    office: foreign-minister
    names: [قا واحد]
    from: 2001-01-01
    to: 2002-01-01
    source: "Wikidata Q1001; Arabic: tokens"
  - id: qa-two
    en: Qa Two
    country: QA
    office: foreign-minister
    names: [قا اثنان]
    from: 2003-01-01
    to: 2004-01-01
    source: "Wikidata Q1002; Arabic: tokens"
`

func TestInOffice(t *testing.T) {
	g, err := Parse(strings.NewReader(tenureYAML), "tenure.yaml")
	require.NoError(t, err)
	tg, _ := newTestTagger(t, g)
	x := tg.People()
	get := func(id string) *Entity {
		e, ok := g.Lookup(id)
		require.True(t, ok, id)
		return e
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		id     string
		t      time.Time
		entry  bool // Entity.InOffice
		person bool // People.InOffice: any of the person's entries
	}{
		{"al-meta-fm", day(2001, 12, 31), false, false},
		{"al-meta-fm", day(2002, 1, 1), true, true},
		{"al-meta-fm", day(2010, 12, 31), true, true}, // to: 2010 is all of 2010
		{"al-meta-fm", day(2011, 1, 1), false, false},
		{"al-meta-fm", day(2018, 5, 1), false, true},  // head of state then
		{"al-meta-hos", day(2022, 7, 31), true, true}, // to: 2022-07 is all of July
		{"al-meta-hos", day(2022, 8, 1), false, false},
		{"us-biden", day(2015, 3, 1), false, true}, // vice president then (English name with a note)
		{"us-biden", day(2025, 1, 20), true, true}, // the last day is in
		{"us-biden", day(2025, 1, 21), false, false},
		{"us-rubio", day(2025, 1, 20), false, false},
		{"us-rubio", day(2030, 1, 1), true, true},  // open: still in office
		{"us-nobody", day(1950, 1, 1), true, true}, // no tenure: always
		{"us-kerry", day(2022, 1, 1), false, true}, // another office, in a generated entry
		{"us-kerry-other-2021", day(2014, 1, 1), false, true},
		{"us-kerry", day(2019, 1, 1), false, false},
		{"qa-one", day(2003, 6, 1), false, false}, // two people, not one state and name
	} {
		e := get(c.id)
		assert.Equal(t, c.entry, e.InOffice(c.t), "%s entry on %s", c.id, c.t.Format(time.DateOnly))
		assert.Equal(t, c.person, x.InOffice(e, c.t), "%s person on %s", c.id, c.t.Format(time.DateOnly))
	}
	assert.True(t, x.SamePerson(get("us-kerry"), get("us-kerry-other-2021")))
	assert.False(t, x.SamePerson(get("qa-one"), get("qa-two")))
	// an entry built by hand (no loader) reads To as a day
	e := &Entity{Kind: Person, From: day(2020, 1, 1), To: day(2020, 6, 30)}
	assert.True(t, e.InOffice(day(2020, 6, 30)))
	assert.False(t, e.InOffice(day(2020, 7, 1)))
	assert.True(t, x.InOffice(e, day(2020, 6, 30)), "an entity the index does not know is judged alone")
}
