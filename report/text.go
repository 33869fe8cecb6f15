package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/consistency"
)

// Text writes the report for a terminal: one block per finding with the
// location line (file:line:column: severity: message [kind]), a window of
// the source line with the span underlined, and the suggestion. A report
// without findings prints one "ok" line with the participants.
//
// The carets count runes in logical order, so they line up in terminals that
// do not reorder right-to-left text; the span is also quoted on its own.
// The file name is rep.File ("-" is shown as <stdin>).
func Text(w io.Writer, rep *consistency.Report, text []byte) error {
	name := DisplayName(rep.File)
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", name, f.Line, f.Column, f.Severity, f.Message, f.Kind)
		if f.Start >= 0 && f.Start <= f.End && f.End <= len(text) {
			ls, le := lineBounds(text, f.Start, textContext)
			s, e := f.Start, min(f.End, le)
			ws, we := window(text, ls, le, s, e, 30)
			prefix := "    "
			if ws > ls {
				prefix += "…"
			}
			fmt.Fprintf(&b, "%s%s", prefix, text[ws:we])
			if we < le {
				b.WriteString("…")
			}
			b.WriteString("\n")
			pad := utf8.RuneCount([]byte(prefix)) + utf8.RuneCount(text[ws:s])
			fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", pad), strings.Repeat("^", max(1, utf8.RuneCount(text[s:e]))))
		}
		switch {
		case f.Kind == consistency.NameVariant:
			var forms []string
			for _, m := range f.Mentions {
				forms = append(forms, fmt.Sprintf("«%s» (%d:%d)", m.Text, m.Start, m.End))
			}
			fmt.Fprintf(&b, "    spellings: %s; canonical «%s»\n", strings.Join(forms, ", "), f.Canonical)
		case f.Suggestion != nil:
			fmt.Fprintf(&b, "    «%s» → «%s»\n", f.Text, *f.Suggestion)
		default:
			fmt.Fprintf(&b, "    «%s»\n", f.Text)
		}
	}
	if len(rep.Findings) == 0 {
		var ps []string
		for _, p := range rep.Participants {
			ps = append(ps, p.ID)
		}
		fmt.Fprintf(&b, "%s: ok (participants: %s)\n", name, strings.Join(ps, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textContext bounds the search for a finding's line: far more than the 30
// runes of context shown either side.
const textContext = 512

// DisplayName is how a file name is shown: "-" is standard input and an
// empty name an unnamed input.
func DisplayName(name string) string {
	switch name {
	case "-":
		return "<stdin>"
	case "":
		return "<input>"
	}
	return name
}

// lineBounds returns the line of off, without its line break, looking at
// most limit bytes either side of off: a longer line is cut there (the cut
// may fall inside a rune), so that a report on a one-line 20 MB file costs
// no more per finding than one on a paragraph.
func lineBounds(src []byte, off, limit int) (int, int) {
	s, lo := off, max(0, off-limit)
	for s > lo && src[s-1] != '\n' && src[s-1] != '\r' {
		s--
	}
	e, hi := off, min(len(src), off+limit)
	for e < hi && src[e] != '\n' && src[e] != '\r' {
		e++
	}
	return s, e
}

// window returns up to n runes of context either side of [s,e) within [ls,le).
func window(src []byte, ls, le, s, e, n int) (int, int) {
	ws := s
	for k := 0; k < n && ws > ls; k++ {
		_, size := utf8.DecodeLastRune(src[ls:ws])
		ws -= size
	}
	we := e
	for k := 0; k < n && we < le; k++ {
		_, size := utf8.DecodeRune(src[we:le])
		we += size
	}
	return ws, we
}
