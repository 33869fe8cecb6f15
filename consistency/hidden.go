package consistency

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
)

// hiddenConfidence is the confidence of a hidden-control finding: the
// control is certainly there; whether it was meant to deceive is not known.
const hiddenConfidence = 0.9

// isHiddenControl reports whether r is a character that changes how text
// displays (or splits or disguises a word) without being visible: a
// default-ignorable code point (arabic.IsDefaultIgnorable): the bidi and
// zero-width controls, U+061C and U+FEFF, and also the soft hyphen, the
// combining grapheme joiner, the word joiner and invisible operators, the
// Mongolian and variation selectors, the Hangul fillers, the tag
// characters and the rest of the property.
func isHiddenControl(r rune) bool { return arabic.IsDefaultIgnorable(r) }

// hiddenLeads are the first bytes of the UTF-8 encodings of the hidden
// controls other than U+061C (D8 9C), which is searched for as a whole
// (TestHiddenLeads derives them from isHiddenControl over the code space).
const hiddenLeads = "\xc2\xcd\xe1\xe2\xe3\xef\xf0\xf3"

// hasHiddenControlValid is hasHiddenControl of valid UTF-8, where every
// byte hiddenLeads holds starts a rune: it looks only at the runes those
// bytes start and for U+061C, with byte searches instead of a walk over
// every rune.
func hasHiddenControlValid(src []byte) bool {
	if bytes.Contains(src, []byte("\u061c")) {
		return true
	}
	for k := 0; k < len(hiddenLeads); k++ {
		for rest := src; ; {
			i := bytes.IndexByte(rest, hiddenLeads[k])
			if i < 0 {
				break
			}
			r, size := utf8.DecodeRune(rest[i:])
			if isHiddenControl(r) {
				return true
			}
			rest = rest[i+size:]
		}
	}
	return false
}

// hasHiddenControl reports whether src holds any hidden control.
func hasHiddenControl(src []byte) bool {
	// Arabic text is mostly ASCII and two-byte Arabic letters (lead bytes
	// D8–DB, where U+061C is the only hidden control): those are skipped
	// without decoding; the rest is decoded and looked up.
	for i := 0; i < len(src); {
		b := src[i]
		switch {
		case b < 0x80:
			i++
			continue
		case b >= 0xD8 && b <= 0xDB && i+1 < len(src):
			if b == 0xD8 && src[i+1] == 0x9C {
				return true
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if isHiddenControl(r) {
			return true
		}
		i += size
	}
	return false
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
	case 0x00AD:
		return "SOFT HYPHEN"
	case 0x034F:
		return "COMBINING GRAPHEME JOINER"
	case 0x115F:
		return "HANGUL CHOSEONG FILLER"
	case 0x1160:
		return "HANGUL JUNGSEONG FILLER"
	case 0x180E:
		return "MONGOLIAN VOWEL SEPARATOR"
	case 0x2060:
		return "WORD JOINER"
	case 0x3164:
		return "HANGUL FILLER"
	case 0xFFA0:
		return "HALFWIDTH HANGUL FILLER"
	}
	switch {
	case r >= 0x180B && r <= 0x180F:
		return "MONGOLIAN FREE VARIATION SELECTOR"
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return "VARIATION SELECTOR"
	case r >= 0xE0000 && r <= 0xE007F:
		return "TAG CHARACTER"
	case r >= 0x2061 && r <= 0x2064:
		return "INVISIBLE OPERATOR"
	}
	return "INVISIBLE CHARACTER"
}

// hiddenControls is the hidden-controls stage: it reports every run of
// hidden controls inside an entity mention or a finding's span, or touching
// one (an RLO just before a name reverses it as surely as one inside). One
// finding per run; its span is the run, its evidence the mention or flagged
// span. The suggestion deletes the run, unless a finding with a suggestion
// already covers it (its fix replaces the whole span, controls included).
func (st *checkState) hiddenControls() {
	has := hasHiddenControl
	if st.t.FirstInvalid() < 0 {
		has = hasHiddenControlValid
	}
	if !has(st.src) {
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
		hosts = append(hosts, controlHost{s: Span{Start: st.ms[i].Start(), End: st.ms[i].End()}}) // text: addControlRuns
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
