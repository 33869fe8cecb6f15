package arabic

// API DRAFT written by the lead so that other packages can compile against it.
// The arabic/ helper owns this package and replaces this file with the real
// implementation (keeping these exported names and semantics).

// Options selects the optional folds. The zero value is NOT the default; use
// DefaultOptions.
type Options struct {
	// FoldTehMarbuta maps ة (U+0629) to ه (U+0647). Default on.
	FoldTehMarbuta bool
	// FoldHamzaSeats maps ؤ → و and ئ → ي. Default on.
	FoldHamzaSeats bool
}

// DefaultOptions returns the folds used for matching (both on).
func DefaultOptions() Options { return Options{FoldTehMarbuta: true, FoldHamzaSeats: true} }

// Normalizer is compiled once, immutable and safe for concurrent use.
type Normalizer struct{ opts Options }

// NewNormalizer compiles a normaliser with the given options.
func NewNormalizer(o Options) *Normalizer { return &Normalizer{opts: o} }

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota + 1 // Arabic letters
	Number                      // digits (after folding to ASCII)
	Latin                       // Latin letters
	Punct                       // punctuation, one rune per token (، ؛ ؟ . , " ( ) - / …)
)

// Token is one token of the normalised text.
type Token struct {
	Kind       TokenKind
	Start, End int // byte offsets into Text.Norm
	OrigStart  int // byte offsets into Text.Orig (== OrigSpan(Start, End))
	OrigEnd    int
}

// Text is a normalised document with its map back to the caller's bytes.
type Text struct {
	Orig   []byte  // the caller's bytes, not copied
	Norm   string  // normalised text
	Tokens []Token // tokens over Norm, in order
}

// Normalize normalises src and tokenises it.
func (n *Normalizer) Normalize(src []byte) *Text { panic("draft") }

// Normalize uses a package-level default Normalizer (DefaultOptions).
func Normalize(src []byte) *Text { panic("draft") }

// OrigSpan returns the smallest original byte range [os, oe) that produced
// Norm[nStart:nEnd]. Removed characters (marks, tatweel, controls) belong to
// the preceding kept character.
func (t *Text) OrigSpan(nStart, nEnd int) (os, oe int) { panic("draft") }

// TokenText returns the normalised text of token i.
func (t *Text) TokenText(i int) string { tk := t.Tokens[i]; return t.Norm[tk.Start:tk.End] }

// Split is one way to read a word as proclitics + stem.
type Split struct {
	Prefix string // e.g. "و", "وال", "لل", "ب"
	Stem   string // the rest; for "لل" the stem gets its article back? NO: Stem is the literal rest of the word.
	// Article is true when Prefix ends with the definite article (ال, or the
	// merged لل whose second lam is the article).
	Article bool
}

// Splits offers the possible readings of a NORMALISED word as prefix+stem,
// whole word not included. It offers; it does not decide.
func Splits(word string) []Split { panic("draft") }

// PhoneticKey returns a key for transliterated foreign names such that
// spelling variants collide (بيرموف, بايراموف, بيراموف).
func PhoneticKey(name string) string { panic("draft") }
