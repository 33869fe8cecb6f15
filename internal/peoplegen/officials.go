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
	// rows are the tenures the tables' rows give, before they are
	// merged into terms (splitTenures)
	rows []term
}

// officialsSince is the first year whose office holders are generated:
// older ones a newsroom meets in archives only.
const officialsSince = "2010"

// readHoldings merges the rows of both official tables into holdings.
func readHoldings(hosHogFm, snapshots *table) []*holding {
	byKey := map[string]*holding{}
	var order []string
	add := func(iso2, class, position, person, qid, start, end, nameAr, nameArLang, seenLast, src string) {
		if officeSlug[class] == "" || iso2 == "" || qid == "" || regionOf(iso2) == "" || notTheOffice[iso2+"|"+position] != "" {
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
		if start != "" && validDate(start) && validDate(end) {
			h.rows = append(h.rows, term{start, end})
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
	hs = splitTenures(hs)
	inferEnds(hs)
	settleTerms(hs, nil)
	return hs
}

// finer says whether date b is a more precise date inside the period
// date a writes (2020-01-07 inside 2020).
func finer(a, b string) bool { return len(b) > len(a) && strings.HasPrefix(b, a) }

// padded is a date as its period's first day (2020 is 2020-01-01), for
// comparing dates of different precision.
func padded(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// tenures merges a holding's rows into terms as mergeTerms does, a start
// or an end written as a year or a month giving way to a day inside it
// that another row of the term writes (the snapshot lists write 2020, the
// office table 2020-01-07).
func tenures(rows []term) []term {
	// a row whose start is a year or a month another row writes a day of
	// is that row's, less precisely (a snapshot's "2019", open, beside the
	// table's 2019-05-26): dropped, so that it does not bridge a gap the
	// precise rows leave (an interim holder between two terms)
	var kept []term
	for _, r := range rows {
		coarse := false
		for _, o := range rows {
			coarse = coarse || finer(r.start, o.start)
		}
		if !coarse {
			kept = append(kept, r)
		}
	}
	rows = kept
	sort.SliceStable(rows, func(i, j int) bool { return padded(rows[i].start) < padded(rows[j].start) })
	var out []term
	for _, r := range rows {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.end == "" || sameDate(last.end, r.start) || padded(r.start) <= padded(last.end) {
				if finer(last.start, r.start) {
					last.start = r.start
				}
				switch {
				case last.end == "":
				case r.end == "":
					last.end = ""
				case finer(last.end, r.end) || padded(r.end) > padded(last.end) && !finer(r.end, last.end):
					last.end = r.end
				}
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// splitTenures gives each holding its terms: rows that run on into each
// other are one term, and a person who held the office twice with another
// holder between (Kevin Rudd, 2007-2010 and 2013, Julia Gillard between)
// is two holdings, one per term, so that no entry spans another holder's
// tenure. Terms with no other holder's start between them stay one.
func splitTenures(hs []*holding) []*holding {
	starts := map[string][]string{} // state|office class -> every row's start, with the holder's item
	for _, h := range hs {
		for _, r := range h.rows {
			starts[h.iso2+"|"+h.class] = append(starts[h.iso2+"|"+h.class], h.qid+"|"+r.start)
		}
	}
	// another holder starts after end and before next
	between := func(h *holding, end, next string) bool {
		for _, s := range starts[h.iso2+"|"+h.class] {
			qid, start, _ := strings.Cut(s, "|")
			if qid != h.qid && padded(start) >= padded(end) && padded(start) < padded(next) {
				return true
			}
		}
		return false
	}
	out := make([]*holding, 0, len(hs))
	for _, h := range hs {
		ts := tenures(h.rows)
		if len(ts) == 0 {
			out = append(out, h)
			continue
		}
		cur := ts[0]
		for _, t := range ts[1:] {
			if cur.end != "" && between(h, cur.end, t.start) {
				c := *h
				c.start, c.end = cur.start, cur.end
				out = append(out, &c)
				cur = t
				continue
			}
			cur.end = t.end
		}
		h.start, h.end = cur.start, cur.end
		out = append(out, h)
	}
	return out
}

// notTheOffice are positions the tables class as an office that they are
// not, by state and position label, with the reason.
var notTheOffice = map[string]string{
	"AT|President of the Federal Council": "the chair of the upper house of parliament, for six months; the head of state is the President",
}

// sharedPositions are words of position labels that say the office is
// held by several people at once: the co-princes of Andorra, the captains
// regent of San Marino, the members of Bosnia and Herzegovina's presidency
// (its chairman is one of them, in turn) and of Switzerland's federal
// council. A state's office with a holder under such a label is a shared
// one (sharedOffices): its holders' terms overlap by right.
var sharedPositions = []string{"co-prince", "captain regent", "member of the presidency", "chairman of the presidency", "federal council"}

// sharedOffices returns the state|class keys of the shared offices among
// hs (sharedPositions).
func sharedOffices(hs []*holding) map[string]bool {
	out := map[string]bool{}
	for _, h := range hs {
		p := strings.ToLower(h.position)
		for _, w := range sharedPositions {
			if strings.Contains(p, w) {
				out[h.iso2+"|"+h.class] = true
			}
		}
	}
	return out
}

// settleTerms makes the terms of one office follow each other, the offices
// held by several at once aside (sharedOffices), against the holdings' own
// terms and others (the gazetteer's hand-written holders, by state|class):
// a start written as a year or a month that holds the day a predecessor
// left is that day (Liz Truss, 2022 in the snapshot lists, after Boris
// Johnson left on 2022-09-06), and a term that runs past a successor's
// start (a later holder, or an open term the tables end before the
// successor is known) ends there. A successor whose term ends before the
// holding's (an interim inside it) ends nothing. The holding's own person is no
// predecessor or successor of theirs.
func settleTerms(hs []*holding, others map[string][]namedTerm) {
	shared := sharedOffices(hs)
	by := map[string][]namedTerm{}
	for _, h := range hs {
		k := h.iso2 + "|" + h.class
		by[k] = append(by[k], namedTerm{term{h.start, h.end}, h.qid, englishKey(h.personEn)})
	}
	for k, ts := range others {
		by[k] = append(by[k], ts...)
	}
	same := func(h *holding, t namedTerm) bool {
		return t.qid != "" && t.qid == h.qid || t.person != "" && t.person == englishKey(h.personEn)
	}
	for _, h := range hs {
		k := h.iso2 + "|" + h.class
		if shared[k] || h.start == "" || len(h.start) == len("2006-01-02") {
			continue
		}
		for _, t := range by[k] {
			if !same(h, t) && finer(h.start, t.end) && padded(t.start) < padded(t.end) && padded(t.end) > padded(h.start) {
				h.start = t.end
			}
		}
	}
	// the starts, clipped above, as the successors' (others keep theirs)
	by = map[string][]namedTerm{}
	for _, h := range hs {
		k := h.iso2 + "|" + h.class
		by[k] = append(by[k], namedTerm{term{h.start, h.end}, h.qid, englishKey(h.personEn)})
	}
	for k, ts := range others {
		by[k] = append(by[k], ts...)
	}
	for _, h := range hs {
		k := h.iso2 + "|" + h.class
		if shared[k] || h.start == "" {
			continue
		}
		next := ""
		for _, t := range by[k] {
			if same(h, t) || t.start == "" || padded(t.start) <= padded(h.start) {
				continue
			}
			if h.end != "" && padded(t.start) >= padded(h.end) {
				continue // after the term
			}
			if h.end != "" && t.end != "" && padded(t.end) < padded(h.end) {
				continue // an interim inside the term
			}
			if next == "" || padded(t.start) < padded(next) {
				next = t.start
			}
		}
		if next != "" {
			h.end, h.endInferred = next, "successor's start"
		}
	}
}

// namedTerm is a term with its holder: a Wikidata item, an English name
// (englishKey), either or both.
type namedTerm struct {
	term
	qid, person string
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
			if o == h || o.qid == h.qid || o.iso2 != h.iso2 || o.class != h.class || o.position != h.position {
				continue
			}
			if padded(o.start) > padded(h.start) && (next == "" || padded(o.start) < padded(next)) {
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

// String describes the holding for reports: who (holder) and when.
func (h *holding) String() string { return fmt.Sprintf("%s %s..%s", h.holder(), h.start, h.end) }

// holder is the state, office and person of a holding, its dates aside:
// one person's terms of one office share it.
func (h *holding) holder() string {
	return fmt.Sprintf("%s %s %s (%s)", h.iso2, officeSlug[h.class], h.personEn, h.qid)
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
