package arabic

import "unicode/utf8"

// VowelSkeleton returns a name word, folded as the normaliser folds it,
// without the long vowels it carries inside: ا و ي (ى folds to ي) and the
// hamza, anywhere but in the first and the last letter. It is what stays
// when one transliteration writes a foreign vowel as a long vowel and
// another leaves it out (ماكرون, ماكرن → مكرن; بايراموف, بيراموف → برمف).
// Unlike NameKey it keeps every other letter as it is (س is not ص, ج is
// not غ), so that it says only "these differ by long vowels". A word that
// is not one word of letters (a space, a digit, a mark that is no letter)
// gives "".
func VowelSkeleton(word string) string {
	var buf [64]byte
	sk, _ := appendVowelSkeleton(buf[:0], defaultNormalizer().FoldString(word))
	return string(sk)
}

// LongVowelApart reports whether the name words a and b are one name
// written with long vowels added or dropped inside it (ماكرون and ماكرن,
// بايراموف and بيراموف, أليكسي and أليكسيي): they are written differently,
// and their VowelSkeletons are equal. n is the number of letters in that
// skeleton: a caller should not trust a short one alone, since in a
// skeleton of three letters or fewer one long vowel is much of the word
// and different names collide (كريم, كرم; سليمان, سلمان).
func LongVowelApart(a, b string) (n int, ok bool) {
	var ba, bb [64]byte
	fa := defaultNormalizer().FoldString(a)
	fb := defaultNormalizer().FoldString(b)
	if fa == fb {
		return 0, false
	}
	sa, na := appendVowelSkeleton(ba[:0], fa)
	sb, _ := appendVowelSkeleton(bb[:0], fb)
	if len(sa) == 0 || string(sa) != string(sb) {
		return 0, false
	}
	return na, true
}

// appendVowelSkeleton appends the VowelSkeleton of norm, a word already
// folded, to dst and returns it with its length in letters; an empty
// skeleton for what is not one word.
func appendVowelSkeleton(dst []byte, norm string) ([]byte, int) {
	base := len(dst)
	letters := utf8.RuneCountInString(norm)
	n, i := 0, 0
	for _, r := range norm {
		if !isNameRune(r) || r >= '0' && r <= '9' {
			return dst[:base], 0
		}
		inside := i > 0 && i < letters-1
		i++
		if inside && isLongVowel(r) {
			continue
		}
		dst = utf8.AppendRune(dst, r)
		n++
	}
	return dst, n
}

// isLongVowel says whether r is a long vowel letter or the hamza, as the
// fold leaves them (ى is ي, the hamza seats fold to their vowel).
func isLongVowel(r rune) bool {
	switch r {
	case 'ا', 'و', 'ي', 'ى', 'ء':
		return true
	}
	return false
}
