// Package latinfit says whether an Arabic spelling can be a
// transliteration of a Latin name token: their coarse consonant skeletons
// agree, up to letters transliteration leaves out. The officials'
// generator checks its spellings with it, and the checker a known
// person's surname written another way.
package latinfit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/nazir-nlp/nazir/arabic"
)

// Fold lower-cases s and drops its diacritics (Xhaçka → xhacka).
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		case 'ß':
			b.WriteString("ss")
			continue
		case 'ı':
			r = 'i'
		case 'đ':
			r = 'd'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// consonantClass is the coarse class of a consonant both scripts agree on:
// labials (b p f v), dentals and sibilants (t d s z c j g k q x and the
// digraphs), l, m, n, r and the guttural kh/خ. Vowels, h, w, y, the
// glottal stop and ع have no class: transliteration adds and drops them.
// The classes are deliberately coarse: they check that a proposed Arabic
// spelling is a spelling of the Latin token at all (عبد is not Abdallah),
// not which of its variants it is.
const (
	clLab   = 'B'
	clObs   = 'S'
	clL     = 'L'
	clM     = 'M'
	clN     = 'N'
	clR     = 'R'
	clGutt  = 'X'
	clNoise = 0
)

// LatinSkeleton returns the coarse consonant skeleton of a Latin token;
// with german, w is a labial and j a glide (Werner, Sonja), else w is a
// glide and j a sibilant (William, John).
func LatinSkeleton(tok string, german bool) string {
	s := Fold(tok)
	var out []byte
	add := func(c byte) {
		if c == clNoise {
			return
		}
		if len(out) > 0 && out[len(out)-1] == c {
			return
		}
		out = append(out, c)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == 'k' && next == 'h':
			add(clGutt)
			i++
		case c == 'g' && next == 'h':
			add(clObs)
			i++
		case c == 'p' && next == 'h':
			add(clLab)
			i++
		case c == 'w' && german:
			add(clLab)
		case c == 'j' && german:
		case strings.IndexByte("bpfv", c) >= 0:
			add(clLab)
		case strings.IndexByte("tdszcjgkqx", c) >= 0:
			add(clObs)
		case c == 'l':
			add(clL)
		case c == 'm':
			add(clM)
		case c == 'n':
			add(clN)
		case c == 'r':
			add(clR)
		}
	}
	return string(out)
}

// ArabicSkeleton returns the coarse consonant skeleton of an Arabic word in
// the classes of LatinSkeleton.
func ArabicSkeleton(word string) string {
	var out []byte
	for _, r := range arabic.Default().FoldString(word) {
		var c byte
		switch r {
		case 'ب', 'ف', 'پ', 'ڤ':
			c = clLab
		case 'ت', 'ط', 'د', 'ض', 'ث', 'ذ', 'ز', 'س', 'ص', 'ظ', 'ش', 'ج', 'غ', 'ق', 'ك', 'چ', 'گ', 'ژ':
			c = clObs
		case 'ل':
			c = clL
		case 'م':
			c = clM
		case 'ن':
			c = clN
		case 'ر':
			c = clR
		case 'خ':
			c = clGutt
		}
		if c == 0 {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// Fits reports whether the Arabic spelling ar can be a
// transliteration of the Latin token lat: their coarse consonant skeletons
// are equal, up to a Latin consonant that is not pronounced (see
// silentVariants), an article on the Arabic spelling (Zayani الزياني), and
// خ for kh, h or a Spanish j.
func Fits(lat, ar string) bool {
	if l := Fold(lat); !strings.HasPrefix(l, "al") && !strings.HasPrefix(l, "el") {
		if rest, ok := strings.CutPrefix(arabic.Default().FoldString(ar), "ال"); ok && len(rest) > 2 {
			ar = rest
		}
	}
	as := ArabicSkeleton(ar)
	x := func(s string) string {
		s = strings.ReplaceAll(s, "X", "S")
		for strings.Contains(s, "SS") {
			s = strings.ReplaceAll(s, "SS", "S")
		}
		return s
	}
	for _, german := range []bool{false, true} {
		for _, l := range SilentVariants(lat) {
			ls := LatinSkeleton(l, german)
			if ls == "" || as == "" {
				if ls == as && strings.TrimSpace(l) != "" { // Hu هو, Yahya يحيى: no consonant to compare
					return true
				}
				continue
			}
			if x(ls) == x(as) {
				return true
			}
		}
	}
	return false
}

// SilentVariants returns the token and, when it has one, the token without
// a letter that transliteration leaves out: a final French t d s x z or the
// r of -ier (Didier ديدييه, Laurent لوران), the p of mps/mpt (Thompson
// تومسون).
func SilentVariants(lat string) []string {
	l := Fold(lat)
	out := []string{l}
	if n := len(l); n >= 4 {
		switch {
		case strings.HasSuffix(l, "ier"):
			out = append(out, l[:n-1])
		case strings.ContainsRune("tdsxz", rune(l[n-1])):
			out = append(out, l[:n-1])
			if strings.ContainsRune("tdsxz", rune(l[n-2])) || l[n-2] == 'n' && l[n-1] == 't' {
				out = append(out, l[:n-2])
			}
		}
	}
	if i := strings.Index(l, "mp"); i >= 0 && i+2 < len(l) && strings.ContainsRune("st", rune(l[i+2])) {
		out = append(out, l[:i+1]+l[i+2:])
	}
	return out
}

// Yeismo returns the token with a Spanish ll between vowels read as y
// (Guillermo غييرمو, Lacalle لاكايه, Bustillo بوستييو), or "" when it has
// none. Only officials' names are checked this way: their state says the
// name is Spanish, a name list does not.
func Yeismo(lat string) string {
	l := Fold(lat)
	if i := strings.Index(l, "ll"); i > 0 && i+2 < len(l) && strings.ContainsRune("aeiou", rune(l[i-1])) && strings.ContainsRune("aeiou", rune(l[i+2])) {
		return l[:i] + "y" + l[i+2:]
	}
	return ""
}
