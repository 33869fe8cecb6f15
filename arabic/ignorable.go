package arabic

import "unicode"

// IsDefaultIgnorable reports whether r has Unicode's Default_Ignorable_Code_Point
// property: a character that is not displayed (or shown as nothing) when a
// renderer does not support it, such as ZERO WIDTH SPACE, SOFT HYPHEN, the
// bidi controls, the variation selectors, the Hangul fillers and the tag
// characters. The property is derived here as Unicode's
// DerivedCoreProperties.txt derives it, from the tables of package unicode:
//
//	Other_Default_Ignorable_Code_Point + Cf + Variation_Selector
//	  - White_Space - U+FFF9..U+FFFB (interlinear annotation)
//	  - U+13430..U+1343F (Egyptian hieroglyph format controls)
//	  - Prepended_Concatenation_Mark
//
// The normaliser deletes these characters (a name reads the same with them;
// offsets still point into the original bytes), so that one hidden inside
// a name cannot stop the name from being found.
func IsDefaultIgnorable(r rune) bool {
	switch {
	case r < 0xAD, r >= 0xFFF9 && r <= 0xFFFB, r >= 0x13430 && r <= 0x1343F:
		return false
	case !unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) && !unicode.Is(unicode.Cf, r) &&
		!unicode.Is(unicode.Variation_Selector, r):
		return false
	}
	return !unicode.Is(unicode.White_Space, r) && !unicode.Is(unicode.Prepended_Concatenation_Mark, r)
}
