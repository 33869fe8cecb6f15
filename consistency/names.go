package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// nameFindings reports clusters written in two or more spellings, and known
// officials written with a given name that is not theirs.
func (st *checkState) nameFindings() {
	for _, cl := range st.clusters {
		if len(cl.members) < 2 {
			if cl.known != nil && len(cl.members) == 1 {
				st.wrongGiven(cl)
			}
			continue
		}
		if !st.spelledDifferently(cl) {
			st.wrongGiven(cl)
			continue
		}
		var mentions []Span
		for _, pi := range cl.members {
			p := &st.persons[pi]
			mentions = append(mentions, st.spanOf(p.first, p.last))
		}
		canon := mentions[0].Text
		if cl.known != nil && len(cl.known.Names) > 0 {
			canon = cl.known.Names[0]
		}
		// The finding points at the first occurrence spelled unlike the
		// canonical form.
		first := mentions[0]
		cn := st.c.normWord(canon) // already space-joined words
		for i, pi := range cl.members {
			if strings.Join(st.persons[pi].words, " ") != cn {
				first = mentions[i]
				break
			}
		}
		var forms []string
		seen := map[string]bool{}
		for _, m := range mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				forms = append(forms, m.Text)
			}
		}
		f := Finding{
			Kind:       NameVariant,
			Severity:   NameVariant.DefaultSeverity(),
			Confidence: st.variantConfidence(cl),
			Start:      first.Start,
			End:        first.End,
			Text:       first.Text,
			Canonical:  canon,
			Mentions:   mentions,
		}
		st.c.variantMessage(&f, cl.known, forms, canon)
		if cl.known != nil {
			f.Entity = cl.known.ID
		}
		st.findings = append(st.findings, f)
		st.wrongGiven(cl)
	}
}

// variantConfidence is higher when a gazetteer person or a state ties the
// occurrences together.
func (st *checkState) variantConfidence(cl *cluster) float64 {
	c := 0.75
	if cl.country != "" {
		c += 0.1
	}
	if cl.known != nil {
		c += 0.1
	}
	return c
}

// spelledDifferently says whether two occurrences of the cluster write one
// name word differently: a word of one that the other lacks, but has in a
// spelling with the same phonetic key (بيرموف / بايراموف). Words one
// occurrence simply leaves out (a patronymic, a given name) do not count,
// nor do hyphens and spaces.
func (st *checkState) spelledDifferently(cl *cluster) bool {
	for i, pi := range cl.members {
		for _, pj := range cl.members[i+1:] {
			a, b := &st.persons[pi], &st.persons[pj]
			if wordVariant(a, b) || wordVariant(b, a) {
				return true
			}
		}
	}
	return false
}

// wordVariant says whether some word of a is missing from b while b has a
// word with the same key.
func wordVariant(a, b *person) bool {
	for i, x := range a.words {
		if containsStr(b.words, x) {
			continue
		}
		if containsStr(b.keys, a.keys[i]) {
			return true
		}
	}
	return false
}

// wordKey is a name word's phonetic key without a leading article
// (entities.NameKey, the key the gazetteer's people are indexed by).
func wordKey(w string) string { return entities.NameKey(w) }

// wrongGiven reports occurrences of a known official with a name word that
// is none of theirs (فلاديمير بيرموف for Jeyhun Bayramov).
func (st *checkState) wrongGiven(cl *cluster) {
	k := cl.known
	if k == nil || len(k.Given) == 0 || len(k.Names) == 0 {
		return
	}
	for _, pi := range cl.members {
		p := &st.persons[pi]
		if len(p.words) < 2 {
			continue
		}
		bad := -1
		for k := p.first; k <= p.last; k++ {
			if st.toks[k].Kind != arabic.Word {
				continue
			}
			if !st.c.people.HasNameKey(cl.known, arabic.PhoneticKey(st.word(k))) {
				bad = k
				break
			}
		}
		if bad < 0 || bad == p.last {
			continue
		}
		gs := st.spanOf(bad, bad)
		sug := k.Given[0]
		f := Finding{
			Kind:       WrongGivenName,
			Severity:   WrongGivenName.DefaultSeverity(),
			Confidence: 0.7,
			Start:      gs.Start,
			End:        gs.End,
			Text:       gs.Text,
			Entity:     k.ID,
			Canonical:  k.Names[0],
			Suggestion: &sug,
			Evidence:   []Span{st.spanOf(p.first, p.last)},
		}
		st.c.givenNameMessage(&f, k, gs.Text)
		st.findings = append(st.findings, f)
	}
}
