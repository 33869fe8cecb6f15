package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// confusableParticipant returns the participant the mention's state is
// easily mistaken for, or "".
func (st *checkState) confusableParticipant(ep *episode, m *entities.Mention) string {
	for _, q := range ep.parts {
		for _, id := range m.Entities {
			if st.c.confusable(id, q.id) {
				return q.id
			}
		}
	}
	return ""
}

// confusable says whether two countries are easily swapped: a listed pair,
// names sharing a distinctive word (غينيا / غينيا بيساو), or names a letter
// or two apart in Arabic or English (سلوفاكيا / سلوفينيا, Iran / Iraq).
func (c *Checker) confusable(a, b string) bool {
	return a != b && c.confusables[[2]string{a, b}]
}

// buildConfusables fills c.confusables with every pair confusableSlow
// accepts. Only countries that share a distinctive name word or the first
// three letters of a name (Arabic or English) can be confusable besides the
// rules' pairs, so candidates come from buckets keyed by those.
func (c *Checker) buildConfusables() {
	c.confusables = make(map[[2]string]bool, len(c.pairs))
	for p := range c.pairs {
		c.confusables[p] = true
	}
	buckets := map[string][]string{}
	add := func(key, id string) {
		if l := buckets[key]; len(l) == 0 || l[len(l)-1] != id {
			buckets[key] = append(l, id)
		}
	}
	for _, e := range c.g.Entities {
		if e.Kind != entities.Country {
			continue
		}
		for _, t := range c.nameToks[e.ID] {
			add("t:"+t, e.ID)
		}
		if p, ok := prefix3(strings.TrimPrefix(c.normName[e.ID], "ال")); ok {
			add("a:"+p, e.ID)
		}
		if p, ok := prefix3(strings.ToLower(e.English)); ok {
			add("e:"+p, e.ID)
		}
	}
	for _, ids := range buckets {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if c.confusableSlow(a, b) {
					c.confusables[[2]string{a, b}] = true
				}
				if c.confusableSlow(b, a) {
					c.confusables[[2]string{b, a}] = true
				}
			}
		}
	}
}

// prefix3 returns the first three runes of a name that closeNames could
// accept (four runes or more).
func prefix3(s string) (string, bool) {
	rs := []rune(s)
	if len(rs) < 4 {
		return "", false
	}
	return string(rs[:3]), true
}

// confusableSlow is the definition of confusable: a pair from the rules, or
// two countries sharing a distinctive name word, or with close names.
func (c *Checker) confusableSlow(a, b string) bool {
	if a == b {
		return false
	}
	if c.pairs[[2]string{a, b}] {
		return true
	}
	ea, eb := c.entityOf(a), c.entityOf(b)
	if ea == nil || eb == nil || ea.Kind != entities.Country || eb.Kind != entities.Country {
		return false
	}
	for _, x := range c.nameToks[a] {
		for _, y := range c.nameToks[b] {
			if x == y {
				return true
			}
		}
	}
	na, nb := strings.TrimPrefix(c.normName[a], "ال"), strings.TrimPrefix(c.normName[b], "ال")
	if closeNames(na, nb) {
		return true
	}
	return closeNames(strings.ToLower(ea.English), strings.ToLower(eb.English))
}

// closeNames: the same first three letters and at most three edits apart
// (سلوفاكيا / سلوفينيا, Niger / Nigeria, Austria / Australia), which
// leaves out anagram-like pairs (سوريا / روسيا).
func closeNames(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 || string(ra[:3]) != string(rb[:3]) {
		return false
	}
	return editDistance(a, b) <= 3
}

func (c *Checker) entityOf(id string) *entities.Entity {
	e, _ := c.g.Lookup(id)
	return e
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
