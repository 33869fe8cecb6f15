package consistency

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"
)

// hiddenConfidence is the confidence of a hidden-control finding: the
// control is certainly there; whether it was meant to deceive is not known.
const hiddenConfidence = 0.9

// isHiddenControl reports whether r is a bidi or zero-width control that
// changes how text displays (or splits a word) without being visible:
// U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C and U+FEFF.
func isHiddenControl(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2066 && r <= 0x2069, r == 0x061C, r == 0xFEFF:
		return true
	}
	return false
}

// hasHiddenControl reports whether src holds any hidden control: all are
// E2 80 8B–8F, E2 80 AA–AE, E2 81 A6–A9, EF BB BF or D8 9C in UTF-8.
func hasHiddenControl(src []byte) bool {
	// Arabic text is full of 0xD8 lead bytes, so a byte loop is slow: look
	// for the rare lead bytes with the vectorised searches instead.
	if bytes.Contains(src, []byte("\u061c")) || bytes.Contains(src, []byte("\ufeff")) {
		return true
	}
	for rest := src; ; {
		i := bytes.IndexByte(rest, 0xE2)
		if i < 0 || i+2 >= len(rest) {
			return false
		}
		b1, b2 := rest[i+1], rest[i+2]
		if b1 == 0x80 && (b2 >= 0x8B && b2 <= 0x8F || b2 >= 0xAA && b2 <= 0xAE) || b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 {
			return true
		}
		rest = rest[i+1:]
	}
}

// controlName names a hidden control for messages.
func controlName(r rune) string {
	switch r {
	case 0x200B:
		return "ZERO WIDTH SPACE"
	case 0x200C:
		return "ZERO WIDTH NON-JOINER"
	case 0x200D:
		return "ZERO WIDTH JOINER"
	case 0x200E:
		return "LEFT-TO-RIGHT MARK"
	case 0x200F:
		return "RIGHT-TO-LEFT MARK"
	case 0x202A:
		return "LEFT-TO-RIGHT EMBEDDING"
	case 0x202B:
		return "RIGHT-TO-LEFT EMBEDDING"
	case 0x202C:
		return "POP DIRECTIONAL FORMATTING"
	case 0x202D:
		return "LEFT-TO-RIGHT OVERRIDE"
	case 0x202E:
		return "RIGHT-TO-LEFT OVERRIDE"
	case 0x2066:
		return "LEFT-TO-RIGHT ISOLATE"
	case 0x2067:
		return "RIGHT-TO-LEFT ISOLATE"
	case 0x2068:
		return "FIRST STRONG ISOLATE"
	case 0x2069:
		return "POP DIRECTIONAL ISOLATE"
	case 0x061C:
		return "ARABIC LETTER MARK"
	case 0xFEFF:
		return "ZERO WIDTH NO-BREAK SPACE"
	}
	return "control"
}

// hiddenControls is the hidden-controls stage: it reports every run of
// hidden controls inside an entity mention or a finding's span, or touching
// one (an RLO just before a name reverses it as surely as one inside). One
// finding per run; its span is the run, its evidence the mention or flagged
// span. The suggestion deletes the run, unless a finding with a suggestion
// already covers it (its fix replaces the whole span, controls included).
func (st *checkState) hiddenControls() {
	if !hasHiddenControl(st.src) {
		return
	}
	runs := map[int]*controlRun{}
	for _, h := range st.controlHosts() {
		st.addControlRuns(runs, h)
	}
	starts := make([]int, 0, len(runs))
	for s := range runs {
		starts = append(starts, s)
	}
	sort.Ints(starts)
	for _, s := range starts {
		st.findings = append(st.findings, st.controlFinding(runs[s]))
	}
}

// controlHost is a span hidden controls are reported in: a mention or a
// finding's span.
type controlHost struct {
	s     Span
	fixed bool // covered by a finding with a suggestion
}

// controlRun is a run of hidden controls and the span it was found in.
type controlRun struct {
	start, end int
	ev         Span
	fixed      bool
}

// controlHosts lists the mentions and the findings' spans.
func (st *checkState) controlHosts() []controlHost {
	var hosts []controlHost
	for i := range st.ms {
		hosts = append(hosts, controlHost{s: st.mentionSpan(&st.ms[i])})
	}
	for _, f := range st.findings {
		if f.Kind == HiddenControl {
			continue
		}
		hosts = append(hosts, controlHost{s: Span{Start: f.Start, End: f.End}, fixed: f.Suggestion != nil})
		for _, m := range f.Mentions {
			hosts = append(hosts, controlHost{s: Span{Start: m.Start, End: m.End}})
		}
	}
	return hosts
}

// addControlRuns adds the runs of hidden controls in host h, widened over
// controls touching it on either side, to runs (keyed by start offset).
func (st *checkState) addControlRuns(runs map[int]*controlRun, h controlHost) {
	src := st.src
	if h.s.Start < 0 || h.s.End > len(src) || h.s.Start >= h.s.End {
		return
	}
	s, e := h.s.Start, h.s.End
	for s > 0 {
		r, n := utf8.DecodeLastRune(src[:s])
		if !isHiddenControl(r) {
			break
		}
		s -= n
	}
	for e < len(src) {
		r, n := utf8.DecodeRune(src[e:])
		if !isHiddenControl(r) {
			break
		}
		e += n
	}
	ev := Span{Start: h.s.Start, End: h.s.End, Text: string(src[h.s.Start:h.s.End])}
	for i := s; i < e; {
		r, n := utf8.DecodeRune(src[i:])
		if !isHiddenControl(r) {
			i += n
			continue
		}
		j := i
		for j < e {
			r, n := utf8.DecodeRune(src[j:])
			if !isHiddenControl(r) {
				break
			}
			j += n
		}
		if old := runs[i]; old == nil {
			runs[i] = &controlRun{start: i, end: j, ev: ev, fixed: h.fixed}
		} else {
			old.fixed = old.fixed || h.fixed
			// Prefer the narrowest evidence: the mention over a sentence-wide span.
			if ev.End-ev.Start < old.ev.End-old.ev.Start {
				old.ev = ev
			}
		}
		i = j
	}
}

// controlFinding is the hidden-control finding of a run.
func (st *checkState) controlFinding(r *controlRun) Finding {
	var names []string
	for _, c := range string(st.src[r.start:r.end]) {
		names = append(names, fmt.Sprintf("U+%04X %s", c, controlName(c)))
	}
	f := Finding{
		Kind:       HiddenControl,
		Severity:   HiddenControl.DefaultSeverity(),
		Confidence: hiddenConfidence,
		Start:      r.start,
		End:        r.end,
		Text:       string(st.src[r.start:r.end]),
		Evidence:   []Span{r.ev},
	}
	st.c.hiddenMessage(&f, names, r.ev.Text)
	if !r.fixed {
		empty := ""
		f.Suggestion = &empty
	}
	return f
}
