package arabic

import (
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// NameKey returns a key for a person's name under which the usual ways of
// writing one name in Arabic collide, including the transliteration
// variants of foreign names. It refines PhoneticKey for names:
//
//   - تش and ش are one class (تشرشل, شرشل: "ch"/"sh" written either way).
//   - The definite article of a word of five or more letters is dropped
//     (البرادعي, برادعي).
//   - Final vowel letters (ا ي و ه ة) are dropped: a nisba
//     surname keys with and without its ي (القاسمي, القاسم), and so do the
//     final vowels transliterators add or leave out (ماري, ماريه).
//   - عبد, أبو and أبي are joined to the next word (عبد الرحمن, عبدالرحمن).
//   - Medial long vowels are dropped, as in PhoneticKey (ماكرون, ماكرن).
//
// Letters that stand for one foreign sound in different transliterations
// but are different letters in Arabic (ز/ج for "zh", س/ش for "s", غ/ق/ج for
// "g") do not share a class here, so that NameKey stays a precise key;
// SameName accepts one such difference. The keys of a multi-word name are
// joined by one space.
func NameKey(name string) string {
	var kbuf [64]byte // the key is built here and copied once into the string
	return string(appendNameKey(kbuf[:0], name, false))
}

// AppendNameKey appends NameKey(name) to dst and returns the extended
// slice: with a buffer of the caller's, keying a word allocates nothing.
// A caller that compares one name with many keys each once and compares
// the keys with SameNameKeyBytes.
func AppendNameKey(dst []byte, name string) []byte {
	return appendNameKey(dst, name, false)
}

// NameSkeleton is NameKey with the sibilants and velars in one class (ث ذ ز س
// ص ظ, ش and تش, ج چ غ ق ك گ): a coarse key for grouping candidates, of
// which SameName then decides. Two names that SameName accepts have the same
// skeleton.
func NameSkeleton(name string) string {
	var kbuf [64]byte
	return string(appendNameKey(kbuf[:0], name, true))
}

// SameName reports whether a and b can be the same name written two ways:
// their NameKeys are equal, or they have the same NameSkeleton and the
// NameKeys, of three or more letters, differ in one letter class only
// (بريجنيف, بريزنيف; سيميتش, سيميك). It is a candidate test: short names collide more easily (جو, كو),
// and a caller with context (two Arabic given names from a lexicon, which
// are written one way) should be stricter.
func SameName(a, b string) bool {
	var ba, bb [64]byte
	return sameNameKeys(appendNameKey(ba[:0], a, false), appendNameKey(bb[:0], b, false))
}

// SameNameKey is SameName for names already keyed: ka and kb are
// NameKey(a) and NameKey(b), for a caller that compares one name with many
// and keys each once.
func SameNameKey(ka, kb string) bool { return sameNameKeys(ka, kb) }

// SameNameKeyBytes is SameNameKey for keys held as bytes (AppendNameKey).
func SameNameKeyBytes(ka, kb []byte) bool { return sameNameKeys(ka, kb) }

// NameKeyClasses returns key (a NameKey) with the letter classes that
// SameNameKey lets differ merged into one: two keys SameNameKey accepts
// give the same string, so it can index names for SameNameKey to decide.
func NameKeyClasses(key string) string {
	b := []byte(key)
	for i, c := range b {
		b[i] = skeletonClass(c)
	}
	return string(b)
}

// sameNameKeys is SameName on the NameKeys of the two names.
func sameNameKeys[K ~string | ~[]byte](ka, kb K) bool {
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	if string(ka) == string(kb) {
		return true
	}
	if len(ka) != len(kb) || len(ka) < minSubstKey {
		return false
	}
	diff := 0
	for i := 0; i < len(ka); i++ {
		if ka[i] == kb[i] {
			continue
		}
		if skeletonClass(ka[i]) != skeletonClass(kb[i]) {
			return false
		}
		if diff++; diff > 1 {
			return false
		}
	}
	return true
}

// minSubstKey is the shortest NameKey in which SameName accepts a letter of
// another class: in shorter keys one letter is too much of the name.
const minSubstKey = 3

// skeletonClass maps a NameKey class byte to its NameSkeleton class.
func skeletonClass(c byte) byte {
	switch c {
	case 'S', 'C', 'G':
		return 'S'
	}
	return c
}

// joinerRunes says whether NameKey joins the word w (its runes, after the
// fold) to the word after it: عبد, ابو, ابي.
func joinerRunes(w []rune) bool {
	return len(w) == 3 && (w[0] == 'ع' && w[1] == 'ب' && w[2] == 'د' ||
		w[0] == 'ا' && w[1] == 'ب' && (w[2] == 'و' || w[2] == 'ي'))
}

// appendNameKey appends the NameKey (or with coarse, the NameSkeleton) of
// name to dst.
func appendNameKey(dst []byte, name string, coarse bool) []byte {
	norm := defaultNormalizer().FoldString(name)
	// The name's words are the runs of name runes (strings.FieldsFunc's
	// fields): their runes, each decoded once, one word after another in
	// rs, word k being rs[ends[k-1]:ends[k]] (on the stack for most names).
	var rbuf [64]rune
	var ebuf [8]int
	rs, ends := rbuf[:0], ebuf[:0]
	in := false
	for i := 0; i < len(norm); {
		r, n := utf8x.First(norm[i:])
		if isNameRune(r) {
			rs = append(rs, r)
			in = true
		} else if in {
			ends = append(ends, len(rs))
			in = false
		}
		i += n
	}
	if in {
		ends = append(ends, len(rs))
	}
	key := dst
	base := len(dst)
	style := nameStyle
	if coarse {
		style = skeletonStyle
	}
	start := 0
	for k := 0; k < len(ends); k++ {
		w := rs[start:ends[k]]
		if joinerRunes(w) && k+1 < len(ends) {
			k++
			w = rs[start:ends[k]] // the word and the next, joined
		}
		start = ends[k]
		key = appendKeyWord(key, base, trimName(w), style)
	}
	return key
}

// trimName drops the article of a long word and its final vowel letters
// (keeping at least two letters).
func trimName(rs []rune) []rune {
	if len(rs) >= 5 && rs[0] == 'ا' && rs[1] == 'ل' {
		rs = rs[2:]
	}
	for len(rs) >= 3 {
		switch rs[len(rs)-1] {
		case 'ا', 'ي', 'و', 'ه', 'ة':
			rs = rs[:len(rs)-1]
			continue
		}
		break
	}
	return rs
}
