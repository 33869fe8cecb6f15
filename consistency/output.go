package consistency

import (
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets into 1-based line and rune columns; CRLF, CR
// and LF all end a line. Checkpoints about every 4 KB bound the runes counted
// for one position, so that a one-line 20 MB text costs no more per finding
// than a paragraph.
type lineIndex struct {
	starts []int // byte offset of each line's first byte
	cpOff  []int // checkpoints: rune boundaries about every cpBytes bytes
	cpRune []int // runes before each checkpoint
	runes  []int // runes before each line's first byte
}

const cpBytes = 4096

func newLineIndex(src []byte) lineIndex {
	li := lineIndex{starts: []int{0}, runes: []int{0}}
	n, next := 0, cpBytes
	for i := 0; i < len(src); {
		if i >= next {
			li.cpOff, li.cpRune = append(li.cpOff, i), append(li.cpRune, n)
			next = i + cpBytes
		}
		c := src[i]
		size := 1
		if c >= utf8.RuneSelf {
			_, size = utf8.DecodeRune(src[i:])
		}
		i += size
		n++
		switch c {
		case '\n':
			li.starts, li.runes = append(li.starts, i), append(li.runes, n)
		case '\r':
			if i < len(src) && src[i] == '\n' {
				i++
				n++
			}
			li.starts, li.runes = append(li.starts, i), append(li.runes, n)
		}
	}
	return li
}

func (li lineIndex) position(src []byte, off int) (line, col int) {
	i := max(sort.SearchInts(li.starts, off+1)-1, 0)
	base, baseRunes := li.starts[i], li.runes[i]
	if k := sort.SearchInts(li.cpOff, off+1) - 1; k >= 0 && li.cpOff[k] > base {
		base, baseRunes = li.cpOff[k], li.cpRune[k]
	}
	return i + 1, baseRunes - li.runes[i] + utf8.RuneCount(src[base:off]) + 1
}

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
