package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// datesAgree says whether a hand entry's tenure from..to is one of the
// tables' terms: the same start, and the same end, or no end in either,
// or an end by hand where the tables leave the term open (they end in
// early 2023: a later end is the gazetteer's to write).
func datesAgree(from, to string, terms []term) bool {
	for _, t := range terms {
		if !sameDate(from, t.start) {
			continue
		}
		switch {
		case t.end == "":
			return true
		case to != "" && sameDate(to, t.end):
			return true
		}
	}
	return false
}

// datesByHand marks, in a source, dates the entry gives against the
// tables, with the reason after it: "this term by hand" (a term after the
// tables' last date), "start by hand: …", "end by hand: …", "dates by
// hand: …".
var datesByHand = regexp.MustCompile(`\b(?:this term by hand|(?:start|end|dates) by hand: [^;)]+)`)

// TestHandDates: a hand-written official whose source names the tables'
// item and office holds one of the tables' terms of that item in that
// office (rows merged across changes of government, dates to within a
// month), or its source says why not (datesByHand). A new disagreement
// with no reason fails; the explained ones are logged.
func TestHandDates(t *testing.T) {
	d := dataDir(t)
	terms := map[string][]term{} // qid|iso2|class
	for _, name := range []string{"officials_hos_hog_fm.tsv", "officials_world_snapshots_2021_2022.tsv"} {
		tb, err := readTSV(filepath.Join(d, name))
		require.NoError(t, err)
		for _, r := range tb.rows {
			// a snapshot's "head_of_state_or_government" under its own name
			// and as readHoldings reads it
			for _, class := range []string{r["office_class"], tableClass(r)} {
				k := r["person_qid"] + "|" + r["iso2"] + "|" + class
				terms[k] = append(terms[k], term{r["start"], r["end"]})
				if class == r["office_class"] && class == tableClass(r) {
					break
				}
			}
		}
	}
	for k, rows := range terms {
		terms[k] = mergeTerms(rows)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "gazetteer.yaml"))
	require.NoError(t, err)
	var hand struct {
		People []struct {
			ID      string `yaml:"id"`
			Country string `yaml:"country"`
			From    string `yaml:"from"`
			To      string `yaml:"to"`
			Source  string `yaml:"source"`
		} `yaml:"people"`
	}
	require.NoError(t, yaml.Unmarshal(raw, &hand))
	src := regexp.MustCompile(`^Wikidata (Q[0-9]+) \((?:officials_hos_hog_fm|officials_world_snapshots_2021_2022): ([a-z_]+)`)
	var checked, explained int
	for _, p := range hand.People {
		m := src.FindStringSubmatch(p.Source)
		if m == nil || p.From == "" {
			continue
		}
		ts := terms[m[1]+"|"+p.Country+"|"+m[2]]
		if !assert.NotEmpty(t, ts, "%s: the tables give %s no %s in %s", p.ID, m[1], m[2], p.Country) {
			continue
		}
		checked++
		if datesAgree(p.From, p.To, ts) {
			continue
		}
		why := datesByHand.FindString(p.Source)
		if why == "" {
			t.Errorf("%s %s..%s: the tables give %v; fix the dates from them or say why not in the source (%s)",
				p.ID, p.From, p.To, ts, datesByHand)
			continue
		}
		explained++
		t.Logf("%s %s..%s (tables %v): %s", p.ID, p.From, p.To, ts, why)
	}
	t.Logf("hand officials with the tables' item and office: %d; dates by hand, explained: %d", checked, explained)
	assert.GreaterOrEqual(t, checked, 150)
}

// TestDatesAgree checks the comparison both ways: a term split at a change
// of government is one term, a date within a month is the same date, a
// year holds its days; a later term, an earlier start or an end where the
// tables run on are disagreements.
func TestDatesAgree(t *testing.T) {
	split := mergeTerms([]term{{"2017-06-21", "2022-05-20"}, {"2017-05-17", "2017-06-21"}})
	assert.Equal(t, []term{{"2017-05-17", "2022-05-20"}}, split)
	twoTerms := mergeTerms([]term{{"2006-09-26", "2007-09-25"}, {"2012-12-26", "2014-12-24"}, {"2014-12-24", "2020-09-16"}})
	require.Len(t, twoTerms, 2)
	open := []term{{"2019-04-13", ""}}
	for _, tc := range []struct {
		from, to string
		terms    []term
		want     bool
	}{
		{"2017-05-17", "2022-05-20", split, true},
		{"2017-05-20", "2022-05", split, true},
		{"2012-12-26", "2020-09-16", twoTerms, true},
		{"2006", "2007", twoTerms, true},
		{"2019-04-13", "", open, true},
		{"2019-04-13", "2024-03-31", open, true}, // ended after the tables
		{"2025-01-20", "", twoTerms, false},      // a later term
		{"2014-03-01", "2015-09-19", []term{{"2014-06-17", "2015-09-19"}}, false},
		{"2012-05-16", "2016-02-11", []term{{"2012-05-16", "2016-12-06"}}, false},
		{"2012-12-26", "", twoTerms, false}, // open where the tables end it
	} {
		assert.Equal(t, tc.want, datesAgree(tc.from, tc.to, tc.terms), "%s..%s %v", tc.from, tc.to, tc.terms)
	}
	assert.True(t, sameDate("2020", "2020-12-31"))
	assert.False(t, sameDate("2020-01", "2020-03-15"))
	assert.False(t, sameDate("soon", "2020"))
}
