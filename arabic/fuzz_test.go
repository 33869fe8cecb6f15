package arabic

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds the lines of the repository's test releases and a few
// hand-picked edge cases to the corpus.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/releases/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatalf("read %s: %v", name, err)
		}
		for _, line := range bytes.Split(b, []byte("\n")) {
			f.Add(line)
		}
	}
	for _, s := range []string{"", "\ufef7", "\ufdfa", "بَ\u200f", "\xff\xd8", "3.5'a", "٢٠٢٦", "\ufeff\u0651"} {
		f.Add([]byte(s))
	}
}

func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	noOpts := NewNormalizer(Options{})
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, n := range []*Normalizer{Default(), noOpts} {
			orig := bytes.Clone(src)
			txt := n.Normalize(src)
			if !bytes.Equal(orig, src) {
				t.Fatal("Normalize modified its input")
			}
			checkText(t, n, src, txt)
			folded := n.Fold(src)
			if folded.Norm != txt.Norm {
				t.Fatalf("Fold %q != Normalize %q", folded.Norm, txt.Norm)
			}
			for p := 0; p <= len(txt.Norm); p++ {
				a1, b1 := folded.OrigSpan(p, len(txt.Norm))
				a2, b2 := txt.OrigSpan(p, len(txt.Norm))
				if a1 != a2 || b1 != b2 {
					t.Fatalf("Fold and Normalize maps differ at %d", p)
				}
			}
		}
	})
}

func FuzzTokens(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		txt := Normalize(src)
		checkText(t, Default(), src, txt)
		// Tokenising is a function of the normalised text: the tokens of
		// Norm are the tokens of src.
		again := Normalize([]byte(txt.Norm))
		if len(again.Tokens) != len(txt.Tokens) {
			t.Fatalf("%d tokens, %d after renormalising", len(txt.Tokens), len(again.Tokens))
		}
		for i, tk := range txt.Tokens {
			a := again.Tokens[i]
			if a.Kind != tk.Kind || a.Start != tk.Start || a.End != tk.End || a.OrigStart != tk.Start || a.OrigEnd != tk.End {
				t.Fatalf("token %d: %+v vs %+v", i, tk, a)
			}
		}
	})
}

func FuzzSplits(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		txt := Normalize(src)
		for i, tk := range txt.Tokens {
			w := txt.TokenText(i)
			checkSplits(t, w)
			for _, s := range Splits(w) {
				// The stem maps back inside the word's original span.
				os, oe := txt.OrigSpan(tk.Start+len(s.Prefix), tk.End)
				if os < tk.OrigStart || oe > tk.OrigEnd || os > oe {
					t.Fatalf("stem %q of %q: [%d,%d) outside [%d,%d)", s.Stem, w, os, oe, tk.OrigStart, tk.OrigEnd)
				}
				if !strings.HasSuffix(w, s.Stem) {
					t.Fatalf("stem %q not a suffix of %q", s.Stem, w)
				}
			}
		}
	})
}

func FuzzPhoneticKey(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		k := PhoneticKey(string(src))
		if k != PhoneticKey(Normalize(src).Norm) {
			t.Fatalf("key of raw and normalised text differ")
		}
		if strings.Contains(k, "  ") || strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") {
			t.Fatalf("key %q: bad spacing", k)
		}
	})
}
