package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// ContactEvidence checks src and says which kinds of contact evidence it
// holds, as keys: "lede:"+class and "window:"+class for every word class
// of the rules with a word in the lede or the contact window, the same
// with "probe:"+name for the caller's probe words (normalised as class
// words are, read with any proclitic), and the text's format: "format:title"
// when its first paragraph is one short sentence, "format:interview" when
// an interview word stands in the lede, "states:ledeN" with N the states
// named in the lede (3 for three or more).
func ContactEvidence(c *Checker, src []byte, probes map[string][]string) map[string]bool {
	st := c.newState(src)
	defer c.release(st)
	st.prepare()
	st.analyse()
	out := map[string]bool{}
	norm := map[string][]string{}
	for name, ws := range probes {
		for _, w := range ws {
			if nw := c.normWord(w); nw != "" {
				norm[nw] = append(norm[nw], name)
			}
		}
	}
	procl := arabic.Proclitics()
	for k := 0; k < st.toks.Len() && k <= st.windowEnd; k++ {
		where := "window:"
		if k <= st.ledeEnd {
			where = "lede:"
		}
		bits := st.bitsOf(k)
		for name, b := range c.classBit {
			if bits.any(b) {
				out[where+name] = true
				out["window:"+name] = true
			}
		}
		w := st.word(k)
		for _, p := range procl {
			if !strings.HasPrefix(w, p) {
				continue
			}
			for _, name := range norm[w[len(p):]] {
				out[where+"probe:"+name] = true
				out["window:probe:"+name] = true
			}
		}
	}
	if len(st.sents) > 1 && st.paraStart.has(1) {
		s := st.sent(0)
		words := 0
		for k := s.first; k <= s.last; k++ {
			if st.toks.Kind(k) == arabic.Word {
				words++
			}
		}
		if words <= 20 {
			out["format:title"] = true
		}
	}
	if st.classWithin(0, st.ledeEnd, c.k.interview) {
		out["format:interview"] = true
	}
	states := map[string]bool{}
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.ledeEnd {
			break
		}
		if m.Kind == entities.Country {
			for _, id := range st.stateIDs(m) {
				states[id] = true
			}
		}
	}
	out["states:lede"+string(rune('0'+min(len(states), 3)))] = true
	// States named in the lede that do not act: what evidence they hold,
	// and the classes of the two words before their first lede mention.
	for id, p := range st.scores {
		if p.party || !states[id] {
			continue
		}
		for _, e := range p.evidence {
			out["idle:"+e.Note] = true
		}
		for i := range st.ms {
			m := &st.ms[i]
			if m.FirstTok() > st.ledeEnd {
				break
			}
			if m.Kind != entities.Country || !containsStr(st.stateIDs(m), id) {
				continue
			}
			out["idleform:"+formName(m.Form)] = true
			for back := 1; back <= 2; back++ {
				bits := st.bitsOf(max(m.FirstTok()-back, 0))
				if m.FirstTok()-back < 0 {
					continue
				}
				for name, b := range c.classBit {
					if bits.any(b) {
						out["idleprev"+string(rune('0'+back))+":"+name] = true
					}
				}
			}
			break
		}
	}
	// Persons in the lede and whether a state is known for them.
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.ledeEnd {
			break
		}
		if m.Kind == entities.Person {
			out["ledeperson:known"] = true
		}
	}
	for _, p := range st.persons {
		if p.first <= st.ledeEnd && p.known == nil {
			out["ledeperson:unknown"] = true
		}
	}
	return out
}

// formName is a mention form's name for ContactEvidence.
func formName(f entities.Form) string {
	switch f {
	case entities.FormName:
		return "name"
	case entities.FormNisba:
		return "nisba"
	case entities.FormCapital:
		return "capital"
	case entities.FormCity:
		return "city"
	}
	return "other"
}
