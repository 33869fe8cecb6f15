package arabic

import (
	"unicode"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/internal/utf8x"
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

// phoneTable is phoneClass indexed by code point - U+0600 (every letter in
// phoneClass is in the Arabic block).
var phoneTable = func() (t [256]byte) {
	for r, c := range phoneClass {
		t[r-0x0600] = c
	}
	return t
}()

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
	var kbuf [64]byte
	return string(AppendPhoneticKey(kbuf[:0], name))
}

// AppendPhoneticKey appends the PhoneticKey of name to dst and returns the
// extended slice: with a buffer of the caller's, keying a word allocates
// nothing.
func AppendPhoneticKey(dst []byte, name string) []byte {
	norm := defaultNormalizer().FoldString(name)
	var rbuf [32]rune
	key := dst
	base := len(dst)
	for i := 0; i < len(norm); {
		r, n := utf8x.First(norm[i:])
		if !isNameRune(r) {
			i += n
			continue
		}
		// the word's runes, decoded once (a rune that is no name rune,
		// an invalid byte's utf8.RuneError among them, ends it)
		rs := rbuf[:0]
		for {
			rs = append(rs, r)
			i += n
			if i == len(norm) {
				break
			}
			if r, n = utf8x.First(norm[i:]); !isNameRune(r) {
				break
			}
		}
		key = appendKeyWord(key, base, rs, phoneticStyle)
	}
	return key
}

// PhoneticInitial returns the first byte of PhoneticKey(word), 0 when the
// key is empty, without building the key when word starts with an Arabic
// letter other than the hamza (most words): a cheap first test before
// keying a word whole.
func PhoneticInitial(word string) byte {
	if len(word) >= 2 && word[0] >= 0xD8 && word[0] <= 0xDB {
		r, n := utf8x.First(word)
		switch r {
		case 'ا', 'أ', 'إ', 'آ': // the fold keeps or makes ا: A at the start
			return 'A'
		case 'و', 'ؤ':
			return 'W'
		case 'ي', 'ئ', 'ى':
			return 'Y'
		case 'ه', 'ة': // a vowel only at the end of a longer word
			return 'H'
		case 'ت': // تش is one letter; a mark between them would vanish
			if next, _ := utf8x.First(word[n:]); next == 'ش' {
				return 'G'
			} else if next >= 'ء' && next <= 'ي' && next != 'ـ' || n == len(word) { // the fold drops ـ
				return 'T'
			}
		default:
			if r >= 0x0600 && r < 0x0700 {
				if c := phoneTable[r-0x0600]; c != 0 {
					return c
				}
			}
		}
	}
	var buf [64]byte
	if k := AppendPhoneticKey(buf[:0], word); len(k) > 0 {
		return k[0]
	}
	return 0
}

// isNameRune reports whether r belongs to a name word: a letter or a digit.
func isNameRune(r rune) bool {
	if r >= 0x0621 && r <= 0x064A { // the Arabic letters, the common case
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keyStyle is how appendWordKey keys a word: what tells NameKey's and
// NameSkeleton's keys from PhoneticKey's.
type keyStyle struct {
	classes *[256]byte // the classes of the Arabic block's letters
	tsh     byte       // the class of the digraph تش
	coarse  bool       // ASCII letters through skeletonClass too
	upper   bool       // a letter outside the classes and ASCII is upper-cased, else kept as it is
}

// skeletonTable is phoneTable through skeletonClass.
var skeletonTable = func() (t [256]byte) {
	for i, c := range phoneTable {
		t[i] = skeletonClass(c)
	}
	return t
}()

// The styles of PhoneticKey, NameKey and NameSkeleton.
var (
	phoneticStyle = keyStyle{classes: &phoneTable, tsh: 'G', upper: true}
	nameStyle     = keyStyle{classes: &phoneTable, tsh: 'C'}
	skeletonStyle = keyStyle{classes: &skeletonTable, tsh: skeletonClass('C'), coarse: true}
)

// appendKeyWord appends the key of the word rs to key in style st, after
// a space when key holds a word's key past base; a word with no key adds
// nothing, not even the space.
func appendKeyWord(key []byte, base int, rs []rune, st keyStyle) []byte {
	mark := len(key)
	if mark > base {
		key = append(key, ' ')
	}
	if k := appendWordKey(key, rs, st); len(k) > len(key) {
		return k
	}
	return key[:mark]
}

// appendWordKey appends the key of the word rs (letters and digits, as
// isNameRune says) to key, in style st. The classes that vowel letters
// and ه take by position (A W Y I U H) are the same in every style.
func appendWordKey(key []byte, rs []rune, st keyStyle) []byte {
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
				c = st.tsh
				i++
			}
		default:
			if r >= 0x0600 && r < 0x0700 && phoneTable[r-0x0600] != 0 {
				c = st.classes[r-0x0600]
			} else if r < utf8.RuneSelf { // an ASCII letter (upper-cased) or digit
				c = byte(r)
				if c >= 'a' && c <= 'z' {
					c -= 'a' - 'A'
				}
				if st.coarse {
					c = skeletonClass(c)
				}
			} else {
				if st.upper {
					r = unicode.ToUpper(r)
				}
				key = utf8.AppendRune(key, r)
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
	return key
}
