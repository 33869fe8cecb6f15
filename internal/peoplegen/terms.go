package main

import (
	"sort"
	"time"
)

// term is one tenure of a person in one office of one state as the
// officials' tables give it: their rows merged where one runs on into the
// next (the tables split a tenure at every change of government).
type term struct{ start, end string }

// dateSpan is the days a date written as a year, a month or a day covers;
// ok is false for a date that is none of these.
func dateSpan(d string) (lo, hi time.Time, ok bool) {
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(d) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, d)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		return t, t.AddDate(l.years, l.months, l.days-1), true
	}
	return time.Time{}, time.Time{}, false
}

// dateSlack is how far apart two dates may be and still be the same date
// in two sources (a swearing-in and an appointment, a decree and its day in
// the gazette).
const dateSlack = 31 * 24 * time.Hour

// sameDate says whether dates a and b, each a year, a month or a day, are
// the same date to within dateSlack (a year holds every day of it).
func sameDate(a, b string) bool {
	alo, ahi, aok := dateSpan(a)
	blo, bhi, bok := dateSpan(b)
	return aok && bok && !alo.After(bhi.Add(dateSlack)) && !blo.After(ahi.Add(dateSlack))
}

// mergeTerms merges rows (unsorted) into terms: a row that starts before
// the one before it ends (or within dateSlack of its end) continues it.
func mergeTerms(rows []term) []term {
	sort.Slice(rows, func(i, j int) bool { return rows[i].start < rows[j].start })
	var out []term
	for _, r := range rows {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.end == "" || sameDate(last.end, r.start) || r.start <= last.end {
				if last.end != "" && (r.end == "" || r.end > last.end) {
					last.end = r.end
				}
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
