package consistency

import (
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets into 1-based line and rune columns; CRLF, CR
// and LF all end a line.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	li := lineIndex{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			li = append(li, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			li = append(li, i+1)
		}
	}
	return li
}

func (li lineIndex) position(src []byte, off int) (line, col int) {
	i := sort.Search(len(li), func(i int) bool { return li[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, utf8.RuneCount(src[li[i]:off]) + 1
}

func (d *doc) report() *Report {
	r := &Report{Participants: []Participant{}, Scopes: d.scopes, Mentions: []Mention{}, Findings: []Finding{}}
	if r.Scopes == nil {
		r.Scopes = []Scope{}
	}
	for _, p := range d.parts {
		e := d.entity(p.id)
		pp := Participant{ID: p.id, Score: round2(p.score), Evidence: p.evidence, Kind: "country"}
		if pp.Evidence == nil {
			pp.Evidence = []Span{}
		}
		if e != nil {
			if len(e.Names) > 0 {
				pp.Name = e.Names[0]
			}
			pp.English = e.English
			if e.Kind == 0 || e.Kind != 1 {
				pp.Kind = kindName(e.Kind)
			}
		}
		switch p.id {
		case d.subject:
			pp.Role = "host"
		case d.counterpart:
			pp.Role = "guest"
		}
		r.Participants = append(r.Participants, pp)
	}
	for i := range d.ms {
		m := &d.ms[i]
		om := Mention{Start: m.Start, End: m.End, Text: string(d.src[m.Start:m.End]), Kind: kindName(m.Kind),
			Form: formName(m.Form), Role: d.roles[i]}
		if len(m.Entities) > 0 {
			om.Entity = m.Entities[0]
		}
		if len(m.Entities) > 1 {
			om.Entities = m.Entities
		}
		r.Mentions = append(r.Mentions, om)
	}
	for i := range d.chromeMs {
		m := &d.chromeMs[i]
		om := Mention{Start: m.Start, End: m.End, Text: string(d.src[m.Start:m.End]), Kind: kindName(m.Kind),
			Form: formName(m.Form), Role: "chrome"}
		if len(m.Entities) > 0 {
			om.Entity = m.Entities[0]
		}
		r.Mentions = append(r.Mentions, om)
	}
	li := newLineIndex(d.src)
	for _, f := range d.findings {
		if f.Confidence < d.c.opts.MinConfidence {
			continue
		}
		f.Confidence = round2(f.Confidence)
		f.Line, f.Column = li.position(d.src, f.Start)
		r.Findings = append(r.Findings, f)
	}
	sort.SliceStable(r.Findings, func(i, j int) bool {
		if r.Findings[i].Start != r.Findings[j].Start {
			return r.Findings[i].Start < r.Findings[j].Start
		}
		return r.Findings[i].Kind < r.Findings[j].Kind
	})
	return r
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
