package consistency

import (
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// newConflict builds the finding for mention mi.
// fs are the features of the judgement (judgementFeatures).
func (st *checkState) newConflict(ep *episode, mi int, p *Pattern, exp string, fs []feature) Finding {
	m := &st.ms[mi]
	conf, notes := confidenceOf(p.Confidence, fs)
	text := string(st.src[m.Start():m.End()])
	f := Finding{
		Kind:       CountryConflict,
		Severity:   CountryConflict.DefaultSeverity(),
		Confidence: conf,
		Start:      m.Start(),
		End:        m.End(),
		Text:       text,
		Entity:     m.Entities[0],
		Expected:   exp,
		Rule:       p.ID,
	}
	st.c.conflictMessage(&f, p.Message, m.Entities[0], ep.roleOf(exp), exp)
	if f.Confidence < 0.7 {
		f.Severity = SeverityWarning
	}
	if s, ok := st.suggest(m, exp); ok {
		// ل + a name with the article is written لل (لنيجيريا → للنيجر):
		// the lam joins the span so that the replacement can merge it.
		ns, ne := st.normSpan(m)
		if strings.HasPrefix(s, arabic.Article) && strings.HasSuffix(st.prefix(m), "ل") &&
			!strings.HasPrefix(st.norm[ns:ne], "ل") && m.Start() >= len("ل") &&
			string(st.src[m.Start()-len("ل"):m.Start()]) == "ل" {
			f.Start -= len("ل")
			f.Text = string(st.src[f.Start:f.End])
			s = arabic.Attach("ل", s)
		}
		f.Suggestion = &s
	}
	note := p.ruleNote
	if note == "" { // a pattern built by a stage, not compiled from the rules
		note = "rule " + p.ID
	}
	f.Evidence = make([]Span, 0, 3)
	f.Evidence = append(f.Evidence, st.sentenceSpan(m.FirstTok(), note))
	if notes != "" {
		// "features: pattern %s %.2f; %s", in one allocation
		b := make([]byte, 0, len("features: pattern  0.00; ")+len(p.ID)+len(notes)+4)
		b = append(b, "features: pattern "...)
		b = append(b, p.ID...)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, p.Confidence, 'f', 2, 64)
		b = append(b, "; "...)
		b = append(b, notes...)
		f.Evidence = append(f.Evidence, Span{Start: m.Start(), End: m.End(), Text: text, Note: string(b)})
	}
	for _, q := range ep.parts {
		if q.id == exp && len(q.evidence) > 0 {
			ev := st.withText(&q.evidence[0])
			ev.Note = "participant " + exp + ": " + ev.Note
			f.Evidence = append(f.Evidence, ev)
		}
	}
	return f
}

// sentenceSpan is the span of the sentence holding token tok, with note.
// Findings in one sentence share its text (st.sentText).
func (st *checkState) sentenceSpan(tok int, note string) Span {
	si := int(st.sentAt(tok))
	s := st.sent(si)
	start, end := st.origStart(s.first), st.origEnd(s.last)
	if st.sentTextOf != si+1 {
		st.sentTextOf, st.sentText = si+1, string(st.src[start:end])
	}
	return Span{Start: start, End: end, Text: st.sentText, Note: note}
}

// judgementFeatures appends the features every judgement has: the
// participants' certainty and a quotation. A quotation lowers the
// confidence when it is the words of a speaker of a state that is no
// participant (quotedFactor): news quotes people on any subject, but a
// party quoted on the meeting (وقال الصفدي: «العلاقات بين الأردن ومصر …»)
// names the parties as its reported speech does. A quotation whose
// speaker the text does not place (وقال الوزير: «…», a person the text
// gives no state) is named apart (unattributedFactor, as low: in
// published news such quotations speak of third states as often), graded
// by the state's confusability with a participant (quotedGraded): an
// unplaced speaker is most often a party's, and a look-alike of a
// participant in its words is swapped as easily as in the release's own.
func (st *checkState) judgementFeatures(ep *episode, m *mention, p *Pattern, fs []feature) []feature {
	if c := st.certainty(ep, p); c < 1 {
		fs = append(fs, feature{"parties", c, "a participant not named by title"})
	}
	if st.quoted.has(m.FirstTok()) {
		_, cs := st.confusableParticipant(ep, m)
		switch sp := st.quoteSpeaker(m.FirstTok()); {
		case sp == "":
			fs = append(fs, feature{"quoted-unattributed", quotedGraded(unattributedFactor, cs), "inside a quotation whose speaker the text does not place"})
		case !ep.partIDs.has(sp):
			fs = append(fs, feature{"quoted", quotedFactor, "inside the words of a speaker of " + sp})
		}
	}
	if id := st.placedIn(m); id != "" && ep.partIDs.has(id) && !containsStr(m.Entities, id) {
		fs = append(fs, feature{"placed-in", placedInFactor, "a city the text places in " + id})
	}
	return fs
}

// certainty scales a conflict's confidence by how well the participants are
// established: both named by title, counterpart word or a known official
// (1), or only by weaker evidence (weakParty for each participant that is
// not). An intruder pattern depends less on who the parties are: the state
// it flags is named once, in a party's position, so it is a slip whichever
// two states met; it is scaled by weakPartyIntruder instead.
func (st *checkState) certainty(ep *episode, p *Pattern) float64 {
	f := weakParty
	if p.Requires == RequiresIntruder {
		f = weakPartyIntruder
	}
	c := 1.0
	for _, q := range ep.parts {
		if q.titleScore < wPerson {
			c *= f
		}
	}
	return c
}

// How much a participant without title-strength evidence lowers a
// conflict's confidence.
const (
	weakParty         = 0.7
	weakPartyIntruder = 0.9
)

// suggest names the expected participant in the mention's grammatical form.
func (st *checkState) suggest(m *mention, exp string) (string, bool) {
	ns, ne := st.normSpan(m)
	return st.c.suggest(st.norm, ns, ne, st.prefix(m), m.Definite, m.Form, m.Gender, m.Number, exp)
}
