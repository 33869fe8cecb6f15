// Package arabic normalises Arabic text for matching (never for display),
// keeps a map from every normalised byte back to the caller's original bytes,
// tokenises the normalised text, offers proclitic splits of a word and a
// phonetic key for transliterated foreign names.
//
// # Folds
//
// Normalisation is a context-free map applied rune by rune; it is idempotent
// (normalising normalised text changes nothing). The folds, with their code
// points:
//
//   - Removed: harakat and other Arabic combining marks U+064B–U+065F, the
//     dagger alef U+0670, the Quranic annotation signs U+0610–U+061A and
//     U+06D6–U+06ED, the Arabic Extended-A marks U+08D3–U+08FF, tatweel
//     U+0640, the Arabic letter mark U+061C, zero-width and bidi controls
//     U+200B–U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A–U+202E (LRE…RLO),
//     U+2060–U+2064 (word joiner, invisible operators), U+2066–U+2069
//     (LRI…PDI), the soft hyphen U+00AD, variation selectors U+FE00–U+FE0F and
//     the byte order mark / ZWNBSP U+FEFF.
//   - Presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF (and the small,
//     vertical, CJK-compatibility, fullwidth and halfwidth forms U+FE10–U+FE19,
//     U+FE30–U+FE6F, U+FF00–U+FFEF) are replaced by their Unicode
//     compatibility decomposition (NFKC, from golang.org/x/text/unicode/norm),
//     whose runes are then folded again: ﻷ U+FEF7 → لأ → لا. The isolated
//     forms of harakat (U+FE70–U+FE7F, U+FC5E–U+FC63), which decompose to a
//     space plus marks, are removed. Code points without a decomposition
//     (e.g. ﷽ U+FDFD) are kept.
//   - Alef variants أ U+0623, إ U+0625, آ U+0622, ٱ U+0671, ٲ U+0672, ٳ U+0673
//     → ا U+0627.
//   - ى U+0649 (alef maqsura) and Farsi yeh ی U+06CC → ي U+064A.
//   - Keheh ک U+06A9 and swash kaf ڪ U+06AA → ك U+0643.
//   - Heh variants ە U+06D5, ۀ U+06C0, ھ U+06BE, ہ U+06C1 → ه U+0647.
//   - Teh marbuta ة U+0629 → ه U+0647 (Options.FoldTehMarbuta).
//   - Hamza seats ؤ U+0624 → و U+0648 and ئ U+0626 → ي U+064A
//     (Options.FoldHamzaSeats). The lone hamza ء U+0621 is kept.
//   - Arabic-Indic digits ٠–٩ U+0660–U+0669 and Persian digits ۰–۹
//     U+06F0–U+06F9 → ASCII 0–9.
//   - Unicode space separators (category Zs: NBSP U+00A0, U+1680,
//     U+2000–U+200A including the thin space U+2009, narrow NBSP U+202F,
//     U+205F, ideographic space U+3000) → ASCII space; the line and paragraph
//     separators U+2028, U+2029 → "\n".
//   - Invalid UTF-8: each invalid byte becomes U+FFFD in the normalised text
//     and maps back to that one original byte. Normalisation never panics.
//
// Persian and Urdu letters without an Arabic letter of the same sound (پ چ ژ
// گ ڤ) are kept: they are different letters for matching. PhoneticKey unifies
// them with their neighbours. Latin and other scripts are left as they are
// (no case folding). Arabic punctuation (، U+060C, ؛ U+061B, ؟ U+061F, ٪ …)
// is kept and becomes punctuation tokens.
//
// # Offsets
//
// Text.OrigSpan maps a normalised byte range to the smallest original byte
// range that produced it. Removed characters belong to the preceding kept
// character: marks inside or at the end of a word stay inside the word's
// original span, removed characters at the very start of the text belong to
// nobody. A range that starts or ends inside the expansion of one original
// character (a ligature producing several letters) maps to that whole
// character.
//
// # Entry points
//
// Normalize (or Normalizer.Normalize) returns a Text with the normalised
// text and the offset map; Text.Tokens tokenises it on first use;
// Normalizer.FoldString folds a string without offsets;
// Normalizer.Transformer folds a stream (golang.org/x/text/transform).
// All give the same normalised text for the same input.
//
// Normalize copies the input once and rewrites only what changes: a
// two-byte table lookup skips every kept rune, and a change of the same
// length (most of them: أ → ا, ة → ه, ى → ي) is written in place. On the
// example release it runs at about the speed of a bare
// `for _, r := range s` loop over the same bytes (see BenchmarkNormalize
// and BenchmarkDecodeRunesBaseline).
//
// # Tokens
//
// Text.Tokens tokenises the normalised text in one pass, on its first call
// (see TokenKind): words of Arabic letters, numbers, Latin words and
// punctuation, one token per punctuation rune. Whitespace and control
// characters separate tokens and are not tokens.
package arabic
