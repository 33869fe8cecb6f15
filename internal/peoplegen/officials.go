package main

import (
	"fmt"
	"sort"
	"strings"
)

// Office classes of the source tables and the gazetteer's office slugs.
var officeSlug = map[string]string{
	"head_of_state":      "head-of-state",
	"head_of_government": "head-of-government",
	"foreign_minister":   "foreign-minister",
}

// holding is one person in one office of one state, tenures merged.
type holding struct {
	iso2, class, qid, personEn string
	position                   string // the first position label seen
	start, end                 string // YYYY[-MM[-DD]]; end "" = open
	endInferred                string // how end was found when the source has none
	nameAr                     []string
	seenLast                   string
	source                     string
}

// officialsSince is the first year whose office holders are generated:
// older ones a newsroom meets in archives only.
const officialsSince = "2010"

// readHoldings merges the rows of both official tables into holdings.
func readHoldings(hosHogFm, snapshots *table) []*holding {
	byKey := map[string]*holding{}
	var order []string
	add := func(iso2, class, position, person, qid, start, end, nameAr, nameArLang, seenLast, src string) {
		if officeSlug[class] == "" || iso2 == "" || qid == "" || regionOf(iso2) == "" {
			return
		}
		k := qid + "|" + iso2 + "|" + class
		h := byKey[k]
		if h == nil {
			h = &holding{iso2: iso2, class: class, qid: qid, personEn: person, position: position, start: start, end: end, source: src}
			byKey[k] = h
			order = append(order, k)
		} else {
			if start != "" && (h.start == "" || start < h.start) {
				h.start = start
			}
			if end == "" || (h.end != "" && end > h.end) {
				h.end = end
			}
		}
		if seenLast > h.seenLast {
			h.seenLast = seenLast
		}
		langs := strings.Split(nameArLang, "|")
		for i, n := range strings.Split(nameAr, "|") {
			n = strings.TrimSpace(n)
			if n == "" || i >= len(langs) || strings.TrimSpace(langs[i]) != "ar" {
				continue
			}
			if !contains(h.nameAr, n) {
				h.nameAr = append(h.nameAr, n)
			}
		}
	}
	for _, r := range hosHogFm.rows {
		add(r["iso2"], r["office_class"], r["position_en"], r["person_en"], r["person_qid"], r["start"], r["end"],
			r["name_ar"], r["name_ar_lang"], "", r["source"])
	}
	for _, r := range snapshots.rows {
		add(r["iso2"], tableClass(r), r["position_en"], r["person_en"], r["person_qid"], r["start"], r["end"], "", "", r["seen_last"], r["source"])
	}
	hs := make([]*holding, 0, len(order))
	for _, k := range order {
		hs = append(hs, byKey[k])
	}
	inferEnds(hs)
	return hs
}

// inferEnds gives an open holding an end when the sources show it ended:
// a later holder of the same position in the same state took over, or the
// snapshot lists stopped showing the person well before their last date.
func inferEnds(hs []*holding) {
	lastSeen := map[string]string{} // per office class, the snapshots' last date
	for _, h := range hs {
		if h.seenLast > lastSeen[h.class] {
			lastSeen[h.class] = h.seenLast
		}
	}
	for _, h := range hs {
		if h.end != "" {
			continue
		}
		var next string
		for _, o := range hs {
			if o == h || o.iso2 != h.iso2 || o.class != h.class || o.position != h.position {
				continue
			}
			if o.start > h.start && (next == "" || o.start < next) {
				next = o.start
			}
		}
		if next != "" {
			h.end, h.endInferred = next, "successor's start"
			continue
		}
		if h.seenLast != "" && monthOf(h.seenLast) < monthOf(lastSeen[h.class]) {
			h.end, h.endInferred = monthOf(h.seenLast), "last seen in office"
		}
	}
	// an office held with the same office of another state ends with it
	// when the source gives that end (the British monarch is the head of
	// state of the Commonwealth realms: Elizabeth II's reign ended in all
	// of them in September 2022)
	for _, h := range hs {
		if h.end != "" {
			continue
		}
		for _, o := range hs {
			if o != h && o.qid == h.qid && o.class == h.class && o.end != "" && o.endInferred == "" &&
				!dateOrdered(o.end, h.start) && (o.start == "" || dateOrdered(o.start, h.start)) {
				h.end, h.endInferred = o.end, "ended with the office in "+o.iso2
				break
			}
		}
	}
}

func monthOf(date string) string {
	if len(date) >= 7 {
		return date[:7]
	}
	return date
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// recent reports whether the holding reaches officialsSince.
func (h *holding) recent() bool { return h.end == "" || h.end >= officialsSince }

// sortHoldings orders holdings by state, office, start and name.
func sortHoldings(hs []*holding) {
	rank := map[string]int{"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2}
	sort.SliceStable(hs, func(i, j int) bool {
		a, b := hs[i], hs[j]
		if a.iso2 != b.iso2 {
			return a.iso2 < b.iso2
		}
		if rank[a.class] != rank[b.class] {
			return rank[a.class] < rank[b.class]
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.personEn < b.personEn
	})
}

// String describes the holding for reports.
func (h *holding) String() string {
	return fmt.Sprintf("%s %s %s (%s) %s..%s", h.iso2, officeSlug[h.class], h.personEn, h.qid, h.start, h.end)
}

// tableClass is the office class of a table's row as the generator reads
// it: a snapshot's head of state or government is a head of government
// when its position is a prime minister's, a premier's or a chancellor's.
func tableClass(r map[string]string) string {
	class := r["office_class"]
	if class == "head_of_state_or_government" {
		class = "head_of_state"
		p := strings.ToLower(r["position_en"])
		if strings.Contains(p, "prime minister") || strings.Contains(p, "premier") || strings.Contains(p, "chancellor") {
			class = "head_of_government"
		}
	}
	return class
}
