package report

import (
	"unicode/utf8"
)

// AppendEscaped appends s to b for a terminal: every control character
// that could drive one is written as a visible escape instead of itself,
// so that a release or a file name cannot clear the screen, hide later
// output (ESC [8m) or move the cursor. C0 controls (U+0000–U+001F, tab,
// line breaks and ESC included) and DEL are written \xNN, C1 controls
// (U+0080–U+009F, among them CSI U+009B) \u00NN, and each byte of invalid
// UTF-8 \xNN. Everything else, bidi controls included (the checker reports
// those), is appended as it is. JSON and SARIF output are not escaped this
// way: JSON's own escaping keeps their bytes exact.
func AppendEscaped[S string | []byte](b []byte, s S) []byte {
	if !needsEscape(s) {
		return append(b, s...)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
			} else {
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
		case r >= 0x80 && r <= 0x9f:
			b = append(b, '\\', 'u', '0', '0', hexDigits[r>>4], hexDigits[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

// EscapeControls returns s as AppendEscaped writes it.
func EscapeControls(s string) string {
	if !needsEscape(s) {
		return s
	}
	return string(AppendEscaped(make([]byte, 0, len(s)+16), s))
}

// needsEscape reports whether s holds anything AppendEscaped changes.
func needsEscape[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c == 0xc2 && i+1 < len(s) && s[i+1] <= 0x9f {
			return true
		}
	}
	return !validUTF8(s)
}

func validUTF8[S string | []byte](s S) bool {
	switch v := any(s).(type) {
	case string:
		return utf8.ValidString(v)
	default:
		return utf8.Valid(v.([]byte))
	}
}

// escapedWidth is the number of runes a caret line counts under
// ex[from:to] once AppendEscaped has written the excerpt ex: the runes of
// ex[from:to] (each byte of a cut rune counted as one) plus what escaping
// adds to the controls and invalid bytes of ex that start inside it.
func escapedWidth(ex []byte, from, to int) int {
	n := utf8.RuneCount(ex[from:to])
	if !needsEscape(ex) {
		return n
	}
	for i := 0; i < to; {
		r, size := utf8.DecodeRune(ex[i:])
		if i >= from {
			switch {
			case r == utf8.RuneError && size == 1:
				n += 3 // \xNN for one byte
			case r < 0x20 || r == 0x7f:
				n += 3 // \xNN for one rune
			case r >= 0x80 && r <= 0x9f:
				n += 5 // \u00NN
			}
		}
		i += size
	}
	return n
}
