package main

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/entities"
)

// TestSettleTerms: a person's two terms with another holder between are
// two holdings, and with nobody between one; a start written as a year
// that holds a predecessor's last day is that day; a term open in the
// tables ends at a later holder's start, whether the tables or the
// hand-written gazetteer give that holder; a row written as a year beside
// a precise row of that year does not join two terms across an interim;
// an interim inside a term ends nothing, and a shared office (co-princes) is left as the tables give it.
func TestSettleTerms(t *testing.T) {
	h := func(iso2, class, qid, position, person string, rows ...term) *holding {
		return &holding{iso2: iso2, class: class, qid: qid, position: position, personEn: person, rows: rows}
	}
	hs := splitTenures([]*holding{
		h("AU", "head_of_government", "Q1", "PM", "Kevin Rudd", term{"2007-12-03", "2010-06-24"}, term{"2013-06-27", "2013-09-18"}),
		h("AU", "head_of_government", "Q2", "PM", "Julia Gillard", term{"2010-06-24", "2013-06-27"}),
		h("XX", "head_of_government", "Q3", "PM", "Alone", term{"2001-01-01", "2003-01-01"}, term{"2005-01-01", ""}),
		h("GB", "head_of_government", "Q4", "PM", "First", term{"2019-07-24", "2022-09-06"}),
		h("GB", "head_of_government", "Q5", "PM", "Second", term{"2022", ""}),
		h("YY", "foreign_minister", "Q6", "FM", "Open", term{"2020-12-31", ""}),
		h("ZZ", "head_of_state", "Q7", "President", "Long", term{"2010-01-01", "2020-01-01"}),
		h("ZZ", "head_of_state", "Q8", "Acting President", "Interim", term{"2012-07-10", "2012-08-27"}),
		h("KM", "head_of_state", "Q11", "President", "Back", term{"2016-05-26", "2019-02-03"}, term{"2019-05-26", ""}, term{"2019", ""}),
		h("KM", "head_of_state", "Q12", "President", "Between", term{"2019-02-13", "2019-04-03"}),
		h("AD", "head_of_state", "Q9", "Episcopal Co-Prince", "Bishop", term{"2003-05-12", ""}),
		h("AD", "head_of_state", "Q10", "French Co-Prince", "President", term{"2017-05-14", ""}),
	})
	settleTerms(hs, map[string][]namedTerm{"YY|foreign_minister": {{term: term{"2023-09-12", ""}, person: "later"}}})
	got := map[string][]term{}
	for _, x := range hs {
		got[x.personEn] = append(got[x.personEn], term{x.start, x.end})
	}
	assert.Equal(t, []term{{"2007-12-03", "2010-06-24"}, {"2013-06-27", "2013-09-18"}}, got["Kevin Rudd"])
	assert.Equal(t, []term{{"2001-01-01", ""}}, got["Alone"])
	assert.Equal(t, []term{{"2022-09-06", ""}}, got["Second"], "the year's start is the day the first left")
	assert.Equal(t, []term{{"2020-12-31", "2023-09-12"}}, got["Open"])
	assert.Equal(t, []term{{"2010-01-01", "2020-01-01"}}, got["Long"], "an interim ends nothing")
	assert.Equal(t, []term{{"2016-05-26", "2019-02-03"}, {"2019-05-26", ""}}, got["Back"],
		"a year's open row does not bridge the interim the precise rows leave")
	assert.Equal(t, []term{{"2003-05-12", ""}}, got["Bishop"])
	assert.Equal(t, []term{{"2017-05-14", ""}}, got["President"])
}

// knownOverlaps are pairs of entries of one office whose terms overlap by
// right or by the sources' making, with the reason: two governments at
// once, or one person under several Wikidata items.
var knownOverlaps = map[[2]string]string{
	{"ye-mekhlafi", "ye-hisham-sharaf-fm"}:                          "two governments (Aden's and Sanaa's), each with a foreign minister",
	{"hn-carlos-eduardo-reina-fm", "hn-eduardo-enrique-reina-fm-2"}: "one person under two Wikidata items, the tables giving both the office",
}

// TestTermsDoNotOverlap: no two entries of the gazetteer's people of one
// state and office hold it at once for more than a week (a hand-over a
// few days after the successor's swearing-in is none), unless the office is
// one several hold together (sharedOffices), one term lies wholly inside
// the other (an interim or acting holder, a rival claimant: an entry has
// one span, so a term the tables interrupt keeps it whole), or the pair is
// a known one (knownOverlaps).
func TestTermsDoNotOverlap(t *testing.T) {
	d := dataDir(t)
	hosHogFm, err := readTSV(filepath.Join(d, "officials_hos_hog_fm.tsv"))
	require.NoError(t, err)
	snaps, err := readTSV(filepath.Join(d, "officials_world_snapshots_2021_2022.tsv"))
	require.NoError(t, err)
	shared := map[string]bool{}
	for k := range sharedOffices(readHoldings(hosHogFm, snaps)) {
		c, class, _ := cutLast(k)
		shared[c+"|"+officeSlug[class]] = true
	}
	g, err := entities.LoadFile(filepath.Join("..", "..", "gazetteer.yaml"))
	require.NoError(t, err)
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	by := map[string][]*entities.Entity{}
	for _, e := range g.ByKind(entities.Person) {
		if e.Country == "" || e.Office == "" || e.Office == "other" || e.From.IsZero() || shared[e.Country+"|"+e.Office] {
			continue
		}
		by[e.Country+"|"+e.Office] = append(by[e.Country+"|"+e.Office], e)
	}
	end := func(e *entities.Entity) time.Time {
		if e.To.IsZero() {
			return far
		}
		return e.To
	}
	n := 0
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range by {
			if !yield(k) {
				return
			}
		}
	}) {
		es := by[k]
		for i, a := range es {
			for _, b := range es[i+1:] {
				if a.English == b.English {
					continue // one person's terms
				}
				from, to := a.From, end(a)
				if b.From.After(from) {
					from = b.From
				}
				if end(b).Before(to) {
					to = end(b)
				}
				inside := !a.From.After(b.From) && !end(b).After(end(a)) || !b.From.After(a.From) && !end(a).After(end(b))
				if to.Sub(from) <= 7*24*time.Hour || inside || knownOverlaps[[2]string{a.ID, b.ID}] != "" || knownOverlaps[[2]string{b.ID, a.ID}] != "" {
					continue
				}
				n++
				t.Errorf("%s: %s (%s..%s) and %s (%s..%s) hold the office at once", k, a.ID, a.From.Format(time.DateOnly), a.To.Format(time.DateOnly),
					b.ID, b.From.Format(time.DateOnly), b.To.Format(time.DateOnly))
			}
		}
	}
	t.Logf("%d overlapping pairs", n)
}

// cutLast splits a state|class key.
func cutLast(k string) (state, class string, ok bool) {
	for i := len(k) - 1; i >= 0; i-- {
		if k[i] == '|' {
			return k[:i], k[i+1:], true
		}
	}
	return k, "", false
}
