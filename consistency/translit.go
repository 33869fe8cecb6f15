package consistency

// Letters that write one foreign sound in some transliterations and are
// in different classes of arabic.NameKey, so that arabic.SameName does not
// join the two spellings.

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// foreignLetterApart says whether the normalised name words a and b, four
// letters or more, are one foreign name written with one letter of a
// foreign sound in two ways that arabic.SameName keeps apart, every other
// letter the same:
//
//   - ج and ي for a "j" read as "y" (يانسن، جانسن; بنيامين، بنجامين), the ي
//     a consonant: first in the word or before a long vowel, never the
//     long vowel itself (سيمون is no سجمون);
//   - خ and ج or غ for the Spanish "j" and "g" before e and i (خيمينو،
//     جيمينو; خيراردو، غيراردو);
//   - خ and ك for "kh" (ميخائيل، ميكائيل).
//
// Among the Latin name tokens of Wikidata people with Arabic labels, a
// first "j" is written ج 1179 times, ي 258 and خ 60; a first "kh" خ 266
// times and ك 17. Like SameName it proposes: two different names can be a
// letter apart (خان، جان), and the caller decides with context (one text,
// a person found by structure).
func foreignLetterApart(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false // each pair's letters are two bytes both
	}
	n, diff := 0, -1
	var ra, rb rune
	for i, j := 0, 0; i < len(a); {
		x, sx := utf8.DecodeRuneInString(a[i:])
		y, sy := utf8.DecodeRuneInString(b[j:])
		if sx != sy {
			return false
		}
		if x != y {
			if diff >= 0 {
				return false
			}
			diff, ra, rb = n, x, y
		}
		i, j, n = i+sx, j+sy, n+1
	}
	if diff < 0 || n < 4 {
		return false
	}
	if rb == 'ي' {
		ra, rb = rb, ra
	}
	switch {
	case ra == 'ي' && rb == 'ج':
		// a consonant ي: first, or before a long vowel
		if diff == 0 {
			return true
		}
		next, _ := utf8.DecodeRuneInString(a[byteAt(a, diff+1):])
		return diff+1 < n && isLongVowelLetter(next)
	case ra == 'خ' || rb == 'خ':
		o := rb // the other letter
		if rb == 'خ' {
			o = ra
		}
		return o == 'ج' || o == 'غ' || o == 'ك'
	}
	return false
}

// byteAt returns the byte offset of the n-th letter of w (len(w) past the
// last).
func byteAt(w string, n int) int {
	for i := range w {
		if n == 0 {
			return i
		}
		n--
	}
	return len(w)
}

// shortEndingApart says whether the normalised name words a and b are two
// short names, three letters or fewer, that end in two different long
// vowels (هوي، هوا; لي، لو): the keys, which drop final vowels, join them,
// but in a word that short the vowel is the name (two Chinese officials
// called تشن هوي and تشن هوا).
func shortEndingApart(a, b string) bool {
	if a == b || utf8.RuneCountInString(a) > 3 || utf8.RuneCountInString(b) > 3 {
		return false
	}
	la, _ := utf8.DecodeLastRuneInString(a)
	lb, _ := utf8.DecodeLastRuneInString(b)
	return la != lb && isLongVowelLetter(la) && isLongVowelLetter(lb)
}

// letterSwap is one substitution of a letter for another in real
// spellings of one name (translit_gen.go): the letters in byte order, the
// true and false links in Wikidata's Arabic name tokens, and the lift.
type letterSwap struct {
	a, b        string
	true, false uint16
	lift        float32
}

// swapLift returns the lift of the one substitution that turns the
// normalised word a into b (a letter for another, or تش for a letter):
// how much more often real spellings one such substitution apart are one
// name than two spellings one letter apart are. It returns 0 when a and b
// are not one substitution of a consonant apart or the table does not
// measure the substitution (too few links).
func swapLift(a, b string) float64 {
	x, y, ok := swapOf(a, b)
	if !ok {
		return 0
	}
	if sw := findSwap(x, y); sw != nil {
		return float64(sw.lift)
	}
	return 0
}

// findSwap returns the table's entry for the letters x < y, nil if none.
func findSwap(x, y string) *letterSwap {
	i, ok := slices.BinarySearchFunc(letterSwaps[:], [2]string{x, y}, func(sw letterSwap, k [2]string) int {
		if c := strings.Compare(sw.a, k[0]); c != 0 {
			return c
		}
		return strings.Compare(sw.b, k[1])
	})
	if !ok {
		return nil
	}
	return &letterSwaps[i]
}

// swapOf returns the letters (in byte order) of the one substitution of a
// consonant (or تش) for another that turns a into b, and whether there is
// one.
func swapOf(a, b string) (x, y string, ok bool) {
	// the common prefix and suffix, in bytes (the letters are two bytes)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	p &^= 1
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	s &^= 1
	x, y = a[p:len(a)-s], b[p:len(b)-s]
	if len(y) == 0 && x == "ت" && strings.HasPrefix(a[p+2:], "ش") {
		x, y = "تش", "ش" // تشرشل، شرشل: the suffix took the ش
	} else if len(x) == 0 && y == "ت" && strings.HasPrefix(b[p+2:], "ش") {
		x, y = "ش", "تش"
	}
	if !swapLetter(x) || !swapLetter(y) {
		return "", "", false
	}
	return min(x, y), max(x, y), true
}

// swapLetter says whether x is one of the letters the alternations were
// measured on: a consonant, or تش.
func swapLetter(x string) bool {
	if x == "تش" {
		return true
	}
	r, n := utf8.DecodeRuneInString(x)
	if n != len(x) || n == 0 {
		return false
	}
	switch r {
	case 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه':
		return true
	}
	return false
}

// Two thresholds on swapLift. A substitution real spellings of one name
// show no more than sameSwapLift times as often as any letter for another
// writes two names, however the keys fold the two letters (ك for ج or غ,
// ج for ق: one key class, but كمال and جمال are two names). One they show
// freeSwapLift times as often or more (ز/س، غ/ج، ت/ط، ك/ق، تش/ش) is trusted
// outside the places a name stands, when the rest of the name is kept.
const (
	sameSwapLift = 1.5
	freeSwapLift = 10
	// minApartLinks is the number of links a substitution must have in
	// the table for sameSwapLift to decide: fewer are too little
	// evidence that two names, not one, are written (ج/ق: 40 links).
	minApartLinks = 100
)

// swappedApart says whether the normalised name words a and b, the
// article aside, are one letter for another apart by a substitution real
// spellings show at most sameSwapLift times as often as chance: two
// names.
func swappedApart(a, b string) bool {
	x, y, ok := swapOf(withoutArticle(a), withoutArticle(b))
	if !ok || x == "ه" || y == "ه" {
		return false // ه is also a final vowel's letter
	}
	sw := findSwap(x, y)
	return sw != nil && float64(sw.lift) <= sameSwapLift && int(sw.true)+int(sw.false) >= minApartLinks
}
