package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/nazir-nlp/nazir/entities"
)

// The hand-written people of gazetteer.yaml have one entry each, for the
// office they hold or last held; the tenure rule (entities.People.InOffice)
// knows a person's other offices only from other entries. otherOffices
// finds, in the officials table, every tenure of a hand-written person in
// another office, or in the same office at another time (Putin: prime
// minister 2008–2012, president 2000–2008) that does not overlap a
// hand-written tenure, and makes it an entry with the hand-written names,
// so that the person is judged in office on those days.
// A table row is one tenure (rows are not merged, so that a gap between two
// terms stays a gap). The person is matched by state and English name, and
// only when every matching row carries one Wikidata item.

// otherOffices returns the entries for the other offices of the
// hand-written people, and a report of the people left out and why.
func otherOffices(hand *entities.Gazetteer, rows []map[string]string) ([]*generated, []string) {
	type person struct {
		entries []*entities.Entity // the hand-written entries, gazetteer order
	}
	people := map[string]*person{}
	var order []string
	for _, e := range hand.ByKind(entities.Person) {
		if strings.HasPrefix(e.Source, "gazetteer/") || e.English == "" {
			continue
		}
		k := e.Country + "|" + englishKey(e.English)
		if people[k] == nil {
			people[k] = &person{}
			order = append(order, k)
		}
		people[k].entries = append(people[k].entries, e)
	}
	byPerson := map[string][]map[string]string{}
	for _, r := range rows {
		if officeSlug[r["office_class"]] == "" {
			continue
		}
		k := r["iso2"] + "|" + englishKey(r["person_en"])
		if people[k] != nil {
			byPerson[k] = append(byPerson[k], r)
		}
	}
	var out []*generated
	var report []string
	ids := map[string]int{}
	for _, k := range order {
		p, rs := people[k], byPerson[k]
		if len(rs) == 0 {
			continue
		}
		qid := rs[0]["person_qid"]
		same := true
		for _, r := range rs {
			same = same && r["person_qid"] == qid
		}
		first := p.entries[0]
		if !same || qid == "" {
			report = append(report, fmt.Sprintf("other offices of %s: the table's rows carry several Wikidata items", first.ID))
			continue
		}
		seen := map[string]bool{}
		for _, r := range rs {
			start, end := r["start"], r["end"]
			office := officeSlug[r["office_class"]]
			h := &holding{iso2: r["iso2"], class: r["office_class"], qid: qid, personEn: first.English,
				position: r["position_en"], start: start, end: end, source: r["source"]}
			if start == "" || !validDate(start) || !validDate(end) || end != "" && !dateOrdered(start, end) {
				report = append(report, fmt.Sprintf("skip %s: odd dates %q..%q", h, start, end))
				continue
			}
			if k := office + start + end; seen[k] {
				continue
			} else {
				seen[k] = true
			}
			var over *entities.Entity
			for _, e := range p.entries {
				if over == nil && overlaps(e, start, end) {
					over = e
				}
			}
			if over != nil {
				// the hand-written entry has this tenure, or one at the
				// same time: it is the one to trust (the table ends in
				// 2023, and classes some offices otherwise: Iran's
				// president is its head of state there)
				if over.Office != office {
					report = append(report, fmt.Sprintf("skip %s: overlaps %s (%s)", h, over.ID, over.Office))
				}
				continue
			}
			id := fmt.Sprintf("%s-%s-%s", first.ID, map[string]string{
				"head_of_state": "hos", "head_of_government": "hog", "foreign_minister": "fm"}[h.class], start[:4])
			ids[id]++
			if ids[id] > 1 {
				id = fmt.Sprintf("%s-%d", id, ids[id])
			}
			out = append(out, &generated{id: id, h: h, hand: first})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, report
}

// overlaps says whether e's tenure and the days start..end (end "" open)
// share more than a week, as the loader reads dates (a year or a month
// covers all of it): a hand-over a day or two after the next office began
// is no overlap.
func overlaps(e *entities.Entity, start, end string) bool {
	day := func(d string, last bool) time.Time {
		switch len(d) {
		case 4:
			d += "-01-01"
			if last {
				d = d[:4] + "-12-31"
			}
		case 7:
			t, _ := time.Parse("2006-01", d)
			if last {
				return t.AddDate(0, 1, -1)
			}
			return t
		}
		t, _ := time.Parse("2006-01-02", d)
		return t
	}
	far := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	s, t := day(start, false), far
	if end != "" {
		t = day(end, true)
	}
	es, et := time.Time{}, far
	if !e.From.IsZero() {
		es = e.From
	}
	if !e.To.IsZero() {
		et = e.To
	}
	from, to := s, t
	if es.After(from) {
		from = es
	}
	if et.Before(to) {
		to = et
	}
	return to.Sub(from) > 7*24*time.Hour
}
