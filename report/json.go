package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
)

// JSON writes the report as one line of JSON followed by a newline: the
// bytes encoding/json's Encoder writes for it with HTML escaping off (the
// `nazir check --format json` contract), without its reflection. A large
// report is written a piece at a time (spillSize bytes), so that its
// output is never held whole: a report with a NaN or infinite number is
// refused before anything is written.
func JSON(w io.Writer, rep *finding.Report) error {
	if err := checkFinite(rep); err != nil {
		return err
	}
	s := &spill{w: w}
	b := appendReport(make([]byte, 0, min(jsonSizeHint(rep), spillSize+spillSize/4)), rep, nil, s)
	return s.flush(append(b, '\n'))
}

// jsonSizeHint is the length of the report's JSON line when no string in
// it needs escaping, so that appendJSON can be given a buffer it rarely
// has to grow.
func jsonSizeHint(rep *finding.Report) int {
	if rep == nil {
		return 5
	}
	// Fixed parts: keys, quotes and punctuation; 20 bytes per number.
	const num = 20
	spans := func(ss []finding.Span) int {
		n := 2
		for i := range ss {
			n += 36 + 2*num + len(ss[i].Text) + len(ss[i].Note)
		}
		return n
	}
	strs := func(ss []string) int {
		n := 2
		for _, s := range ss {
			n += 3 + len(s)
		}
		return n
	}
	n := 64 + len(rep.File)
	for i := range rep.Participants {
		p := &rep.Participants[i]
		n += 72 + num + len(p.ID) + len(p.Name) + len(p.English) + len(p.Kind) + len(p.Role) + spans(p.Evidence)
	}
	for i := range rep.Scopes {
		s := &rep.Scopes[i]
		n += 56 + 2*num + len(s.Kind) + strs(s.Participants) + spans(s.Evidence)
	}
	for _, m := range rep.Mentions.All() {
		n += 76 + 2*num + len(m.Text) + len(m.Entity) + len(m.Kind) + len(m.Form) + len(m.Role) + 12 + strs(m.Entities)
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		n += 200 + 5*num + len(f.Kind) + len(f.Severity) + len(f.Text) + len(f.Entity) + len(f.Expected) +
			len(f.Canonical) + len(f.Message) + len(f.Rule) + spans(f.Evidence) + spans(f.Mentions)
		if f.Suggestion != nil {
			n += len(*f.Suggestion)
		}
	}
	return n
}

// AppendJSON appends to dst the line JSON writes for rep, and returns the
// extended buffer. With fingerprints (one per finding, in order: the
// fingerprints of package baseline, say), each finding's object ends with
// a "fingerprint" field, as nazir serve's /v1/check answers; nil
// fingerprints give exactly JSON's line. A report with a NaN or infinite
// score or confidence, or fingerprints of another length than the
// findings, is an error.
func AppendJSON(dst []byte, rep *finding.Report, fingerprints []string) ([]byte, error) {
	if fingerprints == nil {
		if hint := jsonSizeHint(rep); cap(dst)-len(dst) < hint {
			dst = append(make([]byte, 0, len(dst)+hint), dst...)
		}
		return appendJSON(dst, rep)
	}
	n := 0
	if rep != nil {
		n = len(rep.Findings)
	}
	if len(fingerprints) != n {
		return dst, fmt.Errorf("report: JSON: %d fingerprints for %d findings", len(fingerprints), n)
	}
	if err := checkFinite(rep); err != nil {
		return dst, err
	}
	if hint := jsonSizeHint(rep) + 48*n; cap(dst)-len(dst) < hint {
		dst = append(make([]byte, 0, len(dst)+hint), dst...)
	}
	return append(appendReport(dst, rep, fingerprints, nil), '\n'), nil
}

// appendJSON appends what JSON writes to dst. A report with a NaN or
// infinite score or confidence is an error, as with encoding/json.
func appendJSON(dst []byte, rep *finding.Report) ([]byte, error) {
	if err := checkFinite(rep); err != nil {
		return dst, err
	}
	return append(appendReport(dst, rep, nil, nil), '\n'), nil
}

// checkFinite refuses the NaN and infinite numbers encoding/json refuses.
func checkFinite(rep *finding.Report) error {
	if rep != nil {
		for i := range rep.Participants {
			if err := finite(rep.Participants[i].Score); err != nil {
				return err
			}
		}
		for i := range rep.Findings {
			if err := finite(rep.Findings[i].Confidence); err != nil {
				return err
			}
		}
	}
	return nil
}

func finite(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("report: JSON: unsupported value %v", f)
	}
	return nil
}

// The append functions follow encoding/json field by field: declaration
// order, omitempty as the struct tags of consistency's report types say,
// nil slices as null. They pass the buffer by value (no write barriers).
// fps, if not nil, are the findings' fingerprints (AppendJSON). s, if not
// nil, takes what is written so far each time it exceeds spillSize bytes
// (JSON).
func appendReport(b []byte, r *finding.Report, fps []string, s *spill) []byte {
	if r == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	if r.File != "" {
		b = append(b, `"file":`...)
		b = appendStr(b, r.File)
		b = append(b, ',')
	}
	b = append(b, `"participants":`...)
	if r.Participants == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Participants {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendParticipant(b, &r.Participants[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"scopes":`...)
	if r.Scopes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Scopes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendScope(b, &r.Scopes[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"mentions":`...)
	if r.Mentions.IsNil() {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, m := range r.Mentions.All() {
			if i > 0 {
				b = append(b, ',')
			}
			b = s.take(appendMention(b, &m))
		}
		b = append(b, ']')
	}
	b = append(b, `,"findings":`...)
	if r.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			fp := ""
			if fps != nil {
				fp = fps[i]
			}
			b = s.take(appendFinding(b, &r.Findings[i], fp, s))
		}
		b = append(b, ']')
	}
	b = append(b, '}')
	return b
}

func appendParticipant(b []byte, p *finding.Participant) []byte {
	b = append(b, `{"id":`...)
	b = appendStr(b, p.ID)
	b = append(b, `,"name":`...)
	b = appendStr(b, p.Name)
	if p.English != "" {
		b = append(b, `,"en":`...)
		b = appendStr(b, p.English)
	}
	if p.Kind != "" {
		b = append(b, `,"kind":`...)
		b = appendStr(b, p.Kind)
	}
	if p.Role != "" {
		b = append(b, `,"role":`...)
		b = appendStr(b, p.Role)
	}
	b = append(b, `,"score":`...)
	b = appendFloat(b, p.Score)
	b = append(b, `,"evidence":`...)
	b = appendSpans(b, p.Evidence, nil)
	b = append(b, '}')
	return b
}

func appendScope(b []byte, s *finding.Scope) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"participants":`...)
	b = appendStrs(b, s.Participants)
	b = append(b, `,"kind":`...)
	b = appendStr(b, s.Kind)
	b = append(b, `,"evidence":`...)
	b = appendSpans(b, s.Evidence, nil)
	b = append(b, '}')
	return b
}

func appendMention(b []byte, m *finding.Mention) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, `,"text":`...)
	b = appendStr(b, m.Text)
	b = append(b, `,"entity":`...)
	b = appendStr(b, m.Entity)
	if len(m.Entities) > 0 {
		b = append(b, `,"entities":`...)
		b = appendStrs(b, m.Entities)
	}
	b = append(b, `,"kind":`...)
	b = appendStr(b, m.Kind)
	b = append(b, `,"form":`...)
	b = appendStr(b, m.Form)
	b = append(b, `,"role":`...)
	b = appendStr(b, m.Role)
	b = append(b, '}')
	return b
}

// appendFinding appends f's object; fp, if not "", as its last field
// "fingerprint".
func appendFinding(b []byte, f *finding.Finding, fp string, s *spill) []byte {
	b = append(b, `{"kind":`...)
	b = appendStr(b, string(f.Kind))
	b = append(b, `,"severity":`...)
	b = appendStr(b, string(f.Severity))
	b = append(b, `,"confidence":`...)
	b = appendFloat(b, f.Confidence)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(f.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(f.End), 10)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(f.Column), 10)
	b = append(b, `,"text":`...)
	b = appendStr(b, f.Text)
	if f.Entity != "" {
		b = append(b, `,"entity":`...)
		b = appendStr(b, f.Entity)
	}
	if f.Expected != "" {
		b = append(b, `,"expected":`...)
		b = appendStr(b, f.Expected)
	}
	if f.Suggestion != nil {
		b = append(b, `,"suggestion":`...)
		b = appendStr(b, *f.Suggestion)
	}
	if f.Canonical != "" {
		b = append(b, `,"canonical":`...)
		b = appendStr(b, f.Canonical)
	}
	b = append(b, `,"message":`...)
	b = appendStr(b, f.Message)
	if f.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendStr(b, f.Rule)
	}
	if len(f.Evidence) > 0 {
		b = append(b, `,"evidence":`...)
		b = appendSpans(b, f.Evidence, s)
	}
	if len(f.Mentions) > 0 {
		b = append(b, `,"mentions":`...)
		b = appendSpans(b, f.Mentions, s)
	}
	if fp != "" {
		b = append(b, `,"fingerprint":`...)
		b = appendStr(b, fp)
	}
	b = append(b, '}')
	return b
}

func appendSpans(b []byte, ss []finding.Span, sp *spill) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range ss {
		s := &ss[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, `,"text":`...)
		b = appendStr(b, s.Text)
		if s.Note != "" {
			b = append(b, `,"note":`...)
			b = appendStr(b, s.Note)
		}
		b = sp.take(append(b, '}'))
	}
	b = append(b, ']')
	return b
}

// spillSize is the size at which a writer that streams (JSON, Text) hands
// what it has written to its io.Writer.
const spillSize = 64 << 10

// spill streams an output to w a piece at a time. A nil spill keeps the
// whole output in the buffer (the Append functions).
type spill struct {
	w   io.Writer
	err error // the first write error: later pieces are dropped
}

// take writes b to w and returns it emptied once b holds spillSize bytes
// or more; otherwise (or with a nil spill) it returns b as it is.
func (s *spill) take(b []byte) []byte {
	if s == nil || len(b) < spillSize {
		return b
	}
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
	return b[:0]
}

// flush writes what is left in b and returns the first write error.
func (s *spill) flush(b []byte) error {
	if s.err == nil && len(b) > 0 {
		_, s.err = s.w.Write(b)
	}
	return s.err
}

func appendStrs(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStr(b, s)
	}
	b = append(b, ']')
	return b
}

// appendFloat formats like encoding/json (f finite): shortest
// representation, exponent form only for very small or very large
// magnitudes, e-07 written e-7.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are (HTML
// escaping off): everything but controls, the quote and the backslash.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendStr appends s quoted as encoding/json does with HTML escaping
// off: controls escaped, U+2028 and U+2029 escaped, each byte of invalid
// UTF-8 replaced by \ufffd.
func appendStr(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Two-byte sequences (all of Arabic) are checked inline.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
