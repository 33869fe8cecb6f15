package consistency

import (
	"strings"
	"time"

	"github.com/nazir-nlp/nazir/dates"
	"github.com/nazir-nlp/nazir/entities"
)

// releaseDate returns the day the release is judged on: Options.Date when
// set, else the date the release gives for itself (dates.Release: its
// dateline, or a date beside اليوم or أمس), else the zero time (no date:
// officials are judged without their tenures). It is read once per check.
func (st *checkState) releaseDate() time.Time {
	if !st.dateDone {
		st.dateDone = true
		st.date = st.c.opts.Date
		if st.date.IsZero() {
			if d, ok := dates.Release(st.src[:st.chrome]); ok {
				st.date = d.Time
			}
		}
	}
	return st.date
}

// onDuty says whether the known official e held one of the offices the
// gazetteer gives them on the release's date (any entry of the same
// person: entities.People.InOffice); without a date, always. An official
// out of office on that day is not the office holder a title of the text
// refers to: the official-state rule, the person-state vote and
// wrong-given-name leave them to the text.
func (st *checkState) onDuty(e *entities.Entity) bool {
	d := st.releaseDate()
	return d.IsZero() || st.c.people.InOffice(e, d)
}

// holderOf returns the person a tagged name refers to: its first entity;
// with a release date, when the name is several people's (لي: two Chinese
// premiers; مونكادا: a Nicaraguan and a Venezuelan foreign minister), the
// first in office on that day, and none when people of two states held
// office then (the text, not the gazetteer, says who is meant).
func (st *checkState) holderOf(m *mention) *entities.Entity {
	if len(m.Entities) == 0 {
		return nil
	}
	first := m.ents[0]
	if len(m.Entities) == 1 || st.releaseDate().IsZero() {
		return first
	}
	var holder *entities.Entity
	for _, e := range m.ents {
		if e == nil || e.Kind != entities.Person || !st.onDuty(e) {
			continue
		}
		if holder == nil {
			holder = e
		} else if e.Country != holder.Country {
			return nil
		}
	}
	if holder == nil {
		return first
	}
	return holder
}

// onePersonsOffice returns, when every entity of the person mention m is
// an office of one person (an official of gazetteer.yaml and the other
// offices the generated files give them), the entry of the office held on
// the release's date, else (no date, or none held that day) the first
// entry; nil when the mention names several people.
func (st *checkState) onePersonsOffice(m *mention) *entities.Entity {
	first := m.ents[0]
	if first == nil {
		return nil
	}
	for _, e := range m.ents[1:] {
		if e == nil || !st.c.people.SamePerson(first, e) {
			return nil
		}
	}
	if d := st.releaseDate(); !d.IsZero() {
		for _, e := range m.ents {
			if e.InOffice(d) {
				return e
			}
		}
	} else if office := titleOffice(st.officeKey(m.FirstTok())); office != "" {
		// No date: the title in front says which office the text means
		// (وزير الخارجية أحمد أبو الغيط: the foreign minister, not the
		// League's secretary-general he later became).
		for _, e := range m.ents {
			if e.Office == office {
				return e
			}
		}
	}
	return first
}

// titleOffice maps the office key of a title phrase (officeKey: its title
// word without the article, and the title words after it, normalised:
// رييس الوزراء) to the office
// of the gazetteer's people it names, or "" when it names none of them
// or several (وزير alone, نائب الرئيس).
func titleOffice(key string) string {
	head, rest, _ := strings.Cut(key, " ")
	switch {
	case key == "":
		return ""
	case head == "وزير" || head == "وزيره":
		if strings.Contains(rest, "خارجيه") {
			return "foreign-minister"
		}
	case head == "رييس" || head == "رييسه":
		switch {
		case rest == "":
			return "head-of-state"
		case strings.HasPrefix(rest, "الوزراء") || strings.HasPrefix(rest, "وزراء") ||
			strings.HasPrefix(rest, "مجلس الوزراء") || strings.HasPrefix(rest, "الحكومه") || strings.HasPrefix(rest, "حكومه"):
			return "head-of-government"
		}
	case head == "ملك" || head == "سلطان" || head == "عاهل":
		return "head-of-state"
	case head == "امين":
		return "other"
	}
	return ""
}

// dayOf returns t's calendar day at midnight UTC (zero stays zero).
func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
