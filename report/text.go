package report

import (
	"bytes"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
)

// Text writes the report for a terminal: one block per finding with the
// location line (file:line:column: severity: message [kind]), a window of
// the source line with the span underlined, and the suggestion. A report
// without findings prints one "ok" line with the participants.
//
// The carets count runes in logical order, so they line up in terminals that
// do not reorder right-to-left text; the span is also quoted on its own.
// The file name is rep.File ("-" is shown as <stdin>). Control characters
// in the file name, the text and the messages are escaped (AppendEscaped):
// a release cannot drive the terminal it is reported on. A report of many
// findings is written a piece at a time, so that its output is never held
// whole.
func Text(w io.Writer, rep *finding.Report, text []byte) error {
	s := &spill{w: w}
	return s.flush(appendText(make([]byte, 0, min(512*len(rep.Findings)+128, spillSize+spillSize/4)), rep, text, s))
}

// AppendText appends what Text writes to dst.
func AppendText(dst []byte, rep *finding.Report, text []byte) []byte {
	return appendText(dst, rep, text, nil)
}

// appendText is AppendText; sp, if not nil, takes what is written so far
// each time it exceeds spillSize bytes (Text).
func appendText(dst []byte, rep *finding.Report, text []byte, sp *spill) []byte {
	name := DisplayName(rep.File)
	b := dst
	for i := range rep.Findings {
		b = sp.take(b)
		f := &rep.Findings[i]
		b = AppendEscaped(b, name)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(f.Line), 10)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(f.Column), 10)
		b = append(b, ": "...)
		b = append(b, f.Severity...)
		b = append(b, ": "...)
		b = AppendEscaped(b, f.Message)
		b = append(b, " ["...)
		b = append(b, f.Kind...)
		b = append(b, "]\n"...)
		if f.Start >= 0 && f.Start <= f.End && f.End <= len(text) {
			ls, le := lineBounds(text, f.Start, textContext)
			s, e := f.Start, min(f.End, le)
			ws, we := window(text, ls, le, s, e, 30)
			b = append(b, "    "...)
			pad := 4
			if ws > ls {
				b = append(b, "…"...)
				pad++
			}
			b = AppendEscaped(b, text[ws:we])
			if we < le {
				b = append(b, "…"...)
			}
			b = append(b, '\n')
			ex := text[ws:we]
			b = appendRepeat(b, ' ', pad+escapedWidth(ex, 0, s-ws))
			b = appendRepeat(b, '^', max(1, escapedWidth(ex, s-ws, e-ws)))
			b = append(b, '\n')
		}
		switch info, _ := finding.Info(f.Kind); {
		case info.Spellings:
			b = append(b, "    spellings: "...)
			for j, m := range f.Mentions {
				if j > 0 {
					b = append(b, ", "...)
				}
				b = append(b, "«"...)
				b = AppendEscaped(b, m.Text)
				b = append(b, "» ("...)
				b = strconv.AppendInt(b, int64(m.Start), 10)
				b = append(b, ':')
				b = strconv.AppendInt(b, int64(m.End), 10)
				b = sp.take(append(b, ')'))
			}
			b = append(b, "; canonical «"...)
			b = AppendEscaped(b, f.Canonical)
			b = append(b, "»\n"...)
		case f.Suggestion != nil:
			b = append(b, "    «"...)
			b = AppendEscaped(b, f.Text)
			b = append(b, "» → «"...)
			b = AppendEscaped(b, *f.Suggestion)
			b = append(b, "»\n"...)
		default:
			b = append(b, "    «"...)
			b = AppendEscaped(b, f.Text)
			b = append(b, "»\n"...)
		}
	}
	if len(rep.Findings) == 0 {
		b = AppendEscaped(b, name)
		b = append(b, ": ok (participants: "...)
		for i, p := range rep.Participants {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = AppendEscaped(b, p.ID)
		}
		b = append(b, ")\n"...)
	}
	return b
}

// appendRepeat appends n copies of c.
func appendRepeat(b []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
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
	lo, hi := max(0, off-limit), len(src)
	if limit < hi-off {
		hi = off + limit
	}
	s := lo
	if i := bytes.LastIndexByte(src[s:off], '\n'); i >= 0 {
		s += i + 1
	}
	if i := bytes.LastIndexByte(src[s:off], '\r'); i >= 0 {
		s += i + 1
	}
	e := hi
	if i := bytes.IndexByte(src[off:e], '\n'); i >= 0 {
		e = off + i
	}
	if i := bytes.IndexByte(src[off:e], '\r'); i >= 0 {
		e = off + i
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
