package consistency

import (
	"sort"
)

func (d *doc) report() *Report {
	r := &Report{Participants: []Participant{}, Scopes: d.scopes,
		Mentions: make([]Mention, 0, len(d.ms)+len(d.chromeMs)), Findings: make([]Finding, 0, len(d.findings))}
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
	li := NewLineIndex(d.src)
	for _, f := range d.findings {
		if f.Confidence < d.c.opts.MinConfidence {
			continue
		}
		f.Confidence = round2(f.Confidence)
		p := li.At(f.Start)
		f.Line, f.Column = p.Line, p.Column
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
