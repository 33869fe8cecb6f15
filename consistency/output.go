package consistency

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
)

// report builds the report of a check: the lede's episode gives the
// participants.
func (st *checkState) report() *Report {
	lede := st.episodes[0]
	r := &Report{Participants: make([]Participant, 0, len(lede.parts)), Scopes: st.scopes}
	found := st.findings
	if len(found) > handOverFindings {
		// Many findings: the report keeps them in the check's storage,
		// filtered in place, rather than a copy of each, and the pool gives
		// that storage up.
		r.Findings, st.findings = found[:0], nil
	} else {
		r.Findings = make([]Finding, 0, len(found))
	}
	if r.Scopes == nil {
		r.Scopes = []Scope{}
	}
	st.evidenceTexts(lede.parts)
	for _, p := range lede.parts {
		e := st.entity(p.id)
		// p.evidence is the check's pooled storage: the report gets a copy.
		pp := Participant{ID: p.id, Score: round2(p.score), Evidence: []Span{}, Kind: "country"}
		if len(p.evidence) > 0 {
			pp.Evidence = slices.Clone(p.evidence)
		}
		if e != nil {
			if len(e.Names) > 0 {
				pp.Name = e.Names[0]
			}
			pp.English = e.English
			pp.Kind = e.Kind.String()
		}
		switch p.id {
		case lede.subject:
			pp.Role = "host"
		case lede.counterpart:
			pp.Role = "guest"
		}
		r.Participants = append(r.Participants, pp)
	}
	valid := st.t.FirstInvalid() < 0
	st.dropTokens()
	r.Mentions = finding.NewMentionList(len(st.ms) + len(st.chromeMs))
	texts := st.newMentionTexts()
	for i := range st.ms {
		r.Mentions.Append(reportMention(&st.ms[i], st.roles[i], texts.of(&st.ms[i])))
	}
	for i := range st.chromeMs {
		r.Mentions.Append(reportMention(&st.chromeMs[i], roleChrome, texts.of(&st.chromeMs[i])))
	}
	for _, f := range found {
		if f.Confidence < st.c.opts.MinConfidence {
			continue
		}
		f.Confidence = round2(f.Confidence)
		r.Findings = append(r.Findings, f)
	}
	if st.findings == nil {
		clear(found[len(r.Findings):]) // those left out keep no text alive
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(a.Kind, b.Kind)
	})
	// Positions in one forward walk over the text up to the last finding.
	w := positionWalker{valid: valid}
	for i := range r.Findings {
		r.Findings[i].Line, r.Findings[i].Column = w.advance(st.src, r.Findings[i].Start)
	}
	return r
}

// evidenceTexts gives the evidence spans of parts their texts (withText),
// cut from one copy of them all.
func (st *checkState) evidenceTexts(parts []*partState) {
	n := 0
	for _, p := range parts {
		for _, ev := range p.evidence {
			if ev.Text == "" && ev.End > ev.Start {
				n += ev.End - ev.Start
			}
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		for _, ev := range p.evidence {
			if ev.Text == "" && ev.End > ev.Start {
				b.Write(st.src[ev.Start:ev.End])
			}
		}
	}
	all := b.String()
	for _, p := range parts {
		for i := range p.evidence {
			if ev := &p.evidence[i]; ev.Text == "" && ev.End > ev.Start {
				ev.Text, all = all[:ev.End-ev.Start], all[ev.End-ev.Start:]
			}
		}
	}
}

// handOverFindings is the number of findings above which the report takes
// the check's storage of them instead of a copy (a release has a few; a
// text of a finding on every line would hold each twice at the peak).
const handOverFindings = 256

// reportMention is a tagged mention, whose text is text, as the report
// gives it.
func reportMention(m *mention, role mentionRole, text string) Mention {
	om := Mention{Start: m.Start(), End: m.End(), Text: text, Kind: m.Kind.String(), Form: m.Form.String(), Role: role.String()}
	if len(m.Entities) > 0 {
		om.Entity = m.Entities[0]
	}
	if len(m.Entities) > 1 {
		om.Entities = m.Entities
	}
	return om
}

// mentionTexts gives the report the texts of the check's mentions (st.ms,
// then st.chromeMs, asked in that order): while they are few (a
// finding.MentionList holds up to 512 as they are), cut from one string of
// them all; when they are many (the list keeps each distinct text once),
// each distinct text copied once.
type mentionTexts struct {
	src  []byte
	all  string            // few: the texts one after another
	seen map[string]string // many: the texts copied so far
}

// fewMentions is the number of mentions (finding.MentionList's small
// list) up to which mentionTexts copies them all at once.
const fewMentions = 512

func (st *checkState) newMentionTexts() *mentionTexts {
	t := &mentionTexts{src: st.src}
	if len(st.ms)+len(st.chromeMs) > fewMentions {
		t.seen = make(map[string]string)
		return t
	}
	n := 0
	for _, ms := range [2][]mention{st.ms, st.chromeMs} {
		for i := range ms {
			n += ms[i].End() - ms[i].Start()
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, ms := range [2][]mention{st.ms, st.chromeMs} {
		for i := range ms {
			b.Write(st.src[ms[i].Start():ms[i].End()])
		}
	}
	t.all = b.String()
	return t
}

// of returns the text of m, the mention after the last one asked.
func (t *mentionTexts) of(m *mention) string {
	b := t.src[m.Start():m.End()]
	if t.seen == nil {
		s := t.all[:len(b)]
		t.all = t.all[len(b):]
		return s
	}
	if s, ok := t.seen[string(b)]; ok {
		return s
	}
	s := string(b)
	t.seen[s] = s
	return s
}

// round2 rounds a confidence or score to two decimals for the report.
func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// positionWalker turns increasing byte offsets into 1-based line and rune
// column (CRLF, CR and LF end a line, as in LineIndex) in one pass.
type positionWalker struct {
	off, line, col int
	started        bool
	valid          bool // src is valid UTF-8: runes are counted by their lead bytes
}

// advance walks to byte offset to (not before the last one asked for) and
// returns its line and column.
func (w *positionWalker) advance(src []byte, to int) (line, col int) {
	if !w.started {
		w.line, w.col, w.started = 1, 1, true
	}
	to = max(0, min(to, len(src)))
	if w.off >= to {
		return w.line, w.col
	}
	// Without a CR ahead, lines are counted and runes measured in bulk.
	if seg := src[w.off:to]; bytes.IndexByte(seg, '\r') < 0 {
		count := utf8.RuneCount
		if w.valid {
			count = countLeadBytes
		}
		if last := bytes.LastIndexByte(seg, '\n'); last >= 0 {
			w.line += bytes.Count(seg, []byte{'\n'})
			w.col = 1 + count(seg[last+1:])
		} else {
			w.col += count(seg)
		}
		w.off = to
		return w.line, w.col
	}
	for w.off < to {
		c := src[w.off]
		switch {
		case c == '\n':
			w.off++
			w.line, w.col = w.line+1, 1
		case c == '\r':
			w.off++
			if w.off < len(src) && src[w.off] == '\n' {
				w.off++
			}
			w.line, w.col = w.line+1, 1
		case c < utf8.RuneSelf:
			w.off++
			w.col++
		case c >= 0xC2 && c < 0xE0 && w.off+1 < len(src) && src[w.off+1]&0xC0 == 0x80:
			w.off += 2 // a two-byte rune (Arabic letters), without decoding
			w.col++
		default:
			_, n := utf8.DecodeRune(src[w.off:])
			w.off += n
			w.col++
		}
	}
	return w.line, w.col
}

// countLeadBytes counts the bytes of b that are not UTF-8 continuation
// bytes (10xxxxxx), eight at a time: the rune count when b is valid UTF-8
// and cut at rune starts.
func countLeadBytes(b []byte) int {
	n, cont := len(b), 0
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		// bit 7 set and bit 6 clear, in each byte
		cont += bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			cont++
		}
	}
	return n - cont
}
