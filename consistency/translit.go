package consistency

// Letters that write one foreign sound in some transliterations and are
// in different classes of arabic.NameKey, so that arabic.SameName does not
// join the two spellings.

import "unicode/utf8"

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
