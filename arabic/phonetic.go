package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phonetic classes of the letters of a normalised word. Vowel letters are
// handled by position (see PhoneticKey).
var phoneClass = map[rune]byte{
	'ب': 'B', 'پ': 'B',
	'ت': 'T', 'ط': 'T',
	'ث': 'S', 'ذ': 'S', 'ز': 'S', 'س': 'S', 'ص': 'S', 'ظ': 'S', 'ژ': 'S',
	'ج': 'G', 'چ': 'G', 'غ': 'G', 'ق': 'G', 'ك': 'G', 'گ': 'G', 'ڨ': 'G', 'ڭ': 'G',
	'ح': 'H', 'ه': 'H', 'ة': 'H',
	'خ': 'X',
	'د': 'D', 'ض': 'D',
	'ر': 'R',
	'ش': 'C',
	'ع': 'E',
	'ف': 'F', 'ڤ': 'F', 'ڥ': 'F',
	'ل': 'L', 'م': 'M', 'ن': 'N',
}

// PhoneticKey returns a key for transliterated foreign names such that the
// usual spelling variants collide: بيرموف, بايراموف and بيراموف all give
// "BRMF". It takes a raw or normalised name (it normalises it) and keys each
// word; the keys of a multi-word name are joined by one space.
//
// Per word, after normalisation:
//   - ت followed by ش (the "ch" digraph) counts as one letter, class G.
//   - Consonant classes (each class collides by design):
//     B ب پ; T ت ط; S ث ذ ز س ص ظ ژ; G ج چ غ ق ك گ ڨ ڭ and تش;
//     H ح ه (and ة); X خ; D د ض; C ش; E ع; F ف ڤ; L ل; M م; N ن; R ر.
//   - The long vowels ا و ي and the hamza ء are dropped inside the word. At
//     the start ا gives A, و gives W and ي gives Y; at the end ا and ه give A,
//     ي gives I and و gives U (so a final ه is a vowel, not H).
//   - Adjacent letters of the same class count once (doubled letters).
//   - Other letters (Latin…) are kept upper-cased, digits as they are.
//
// The key only proposes candidates: بيريز and بيريس (Perez, Peres) or
// كو and جو collide by design; the caller decides with context.
func PhoneticKey(name string) string {
	norm := defaultNormalizer().FoldString(name)
	var b strings.Builder
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if k := wordKey(w); k != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(k)
		}
	}
	return b.String()
}

func wordKey(w string) string {
	rs := make([]rune, 0, utf8.RuneCountInString(w))
	for _, r := range w {
		rs = append(rs, r)
	}
	var key []byte
	var last byte // class of the previous letter, for doubled letters
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		first, final := i == 0, i == len(rs)-1
		var c byte
		switch r {
		case 'ا', 'و', 'ي', 'ء':
			switch {
			case first && r == 'ا':
				c = 'A'
			case first && r == 'و':
				c = 'W'
			case first && r == 'ي':
				c = 'Y'
			case final && r == 'ا':
				c = 'A'
			case final && r == 'ي':
				c = 'I'
			case final && r == 'و':
				c = 'U'
			}
			if c == 0 {
				last = 0
				continue
			}
		case 'ه', 'ة':
			if final && !first {
				c = 'A'
			} else {
				c = 'H'
			}
		case 'ت':
			c = 'T'
			if i+1 < len(rs) && rs[i+1] == 'ش' {
				c = 'G'
				i++
			}
		default:
			if pc, ok := phoneClass[r]; ok {
				c = pc
			} else if r < utf8.RuneSelf && r >= '0' && r <= '9' {
				c = byte(r)
			} else if r < utf8.RuneSelf {
				c = byte(unicode.ToUpper(r))
			} else {
				key = append(key, string(unicode.ToUpper(r))...)
				last = 0
				continue
			}
		}
		if c == last {
			continue
		}
		key = append(key, c)
		last = c
	}
	return string(key)
}
