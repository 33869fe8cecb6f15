package consistency

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
)

// report builds the report of a check: the lede's episode gives the
// participants.
func (st *checkState) report() *Report {
	lede := st.episodes[0]
	r := &Report{Participants: make([]Participant, 0, len(lede.parts)), Scopes: st.scopes,
		Mentions: finding.NewMentionList(len(st.ms) + len(st.chromeMs))}
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
	for i := range st.ms {
		r.Mentions.Append(reportMention(&st.ms[i], st.roles[i]))
	}
	for i := range st.chromeMs {
		r.Mentions.Append(reportMention(&st.chromeMs[i], roleChrome))
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
	w := positionWalker{valid: st.t.FirstInvalid() < 0}
	for i := range r.Findings {
		r.Findings[i].Line, r.Findings[i].Column = w.advance(st.src, r.Findings[i].Start)
	}
	return r
}

// handOverFindings is the number of findings above which the report takes
// the check's storage of them instead of a copy (a release has a few; a
// text of a finding on every line would hold each twice at the peak).
const handOverFindings = 256

// reportMention is a tagged mention as the report gives it.
func reportMention(m *mention, role mentionRole) Mention {
	om := Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind.String(), Form: m.Form.String(), Role: role.String()}
	if len(m.Entities) > 0 {
		om.Entity = m.Entities[0]
	}
	if len(m.Entities) > 1 {
		om.Entities = m.Entities
	}
	return om
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
