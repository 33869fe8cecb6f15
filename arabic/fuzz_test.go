package arabic

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
		var reused Text // NormalizeInto's storage, dirtied by a long text first
		n0 := Default()
		n0.NormalizeInto(&reused, bytes.Repeat([]byte("أَحمد، ﷺ 3.5 G20 "), 40))
		reused.Tokens()
		for _, n := range []*Normalizer{Default(), noOpts} {
			orig := bytes.Clone(src)
			txt := n.Normalize(src)
			if !bytes.Equal(orig, src) {
				t.Fatal("Normalize modified its input")
			}
			checkText(t, n, src, txt)
			if want := refFirstInvalid(src); txt.FirstInvalid() != want {
				t.Fatalf("FirstInvalid %d, want %d", txt.FirstInvalid(), want)
			}
			// Tokens are built lazily with fast paths; they must equal the
			// plain rune-by-rune tokenisation of Norm.
			want := refTokens(txt)
			if !equalTokens(want, txt.Tokens()) {
				t.Fatalf("tokens %+v, reference %+v", txt.Tokens(), want)
			}
			// NormalizeInto over used storage gives the same Text.
			n.NormalizeInto(&reused, src)
			checkText(t, n, src, &reused)
			if reused.Norm != txt.Norm || !equalTokens(want, reused.Tokens()) {
				t.Fatalf("NormalizeInto: %q %+v, Normalize: %q %+v", reused.Norm, reused.Tokens(), txt.Norm, want)
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
		if len(again.Tokens()) != len(txt.Tokens()) {
			t.Fatalf("%d tokens, %d after renormalising", len(txt.Tokens()), len(again.Tokens()))
		}
		for i, tk := range txt.Tokens() {
			a := again.Tokens()[i]
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
		for i, tk := range txt.Tokens() {
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
		if ref := refPhoneticKey(string(src)); k != ref {
			t.Fatalf("key %q, reference implementation %q", k, ref)
		}
		if a := AppendPhoneticKey([]byte("x "), string(src)); string(a) != "x "+k {
			t.Fatalf("AppendPhoneticKey appended %q, want %q", a, "x "+k)
		}
		if init := PhoneticInitial(string(src)); k == "" && init != 0 || k != "" && init != k[0] {
			t.Fatalf("PhoneticInitial %q, key %q", init, k)
		}
		if k != PhoneticKey(Normalize(src).Norm) {
			t.Fatalf("key of raw and normalised text differ")
		}
		if strings.Contains(k, "  ") || strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") {
			t.Fatalf("key %q: bad spacing", k)
		}
	})
}

// refTokens tokenises txt.Norm the slow way: every rune decoded, classified
// with unicode tables and fed to the state machine, original offsets from
// OrigSpan.
func refTokens(txt *Text) []Token {
	z := tokenizer{TokenList: TokenList{shift: wideShift}}
	z.reserve(len(txt.Norm)+1, len(txt.Norm)) // at most a token per byte
	for i, r := range txt.Norm {
		z.feed(classify(r), i, i+utf8.RuneLen(r))
	}
	z.finish(len(txt.Norm))
	toks := make([]Token, z.n)
	for i := range toks {
		s, e := z.Start(i), z.End(i)
		os, oe := txt.OrigSpan(s, e)
		toks[i] = Token{Kind: z.kind[i], Start: s, End: e, OrigStart: os, OrigEnd: oe}
	}
	return toks
}

func equalTokens(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refFirstInvalid is the offset of the first byte utf8.DecodeRune rejects,
// -1 if none.
func refFirstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// FuzzAttach: Attach writes p + w, less the article's alef exactly when p
// ends in ل and w begins with the article.
func FuzzAttach(f *testing.F) {
	for _, p := range Proclitics() {
		f.Add(p, "الصين")
	}
	f.Add("ل", "ال")
	f.Add("ل", "ا")
	f.Add("\xd9", "\x84ال")
	f.Fuzz(func(t *testing.T, p, w string) {
		got := Attach(p, w)
		merge := strings.HasSuffix(p, "ل") && strings.HasPrefix(w, Article)
		if merge {
			if got != p+w[len("ا"):] {
				t.Fatalf("Attach(%q, %q) = %q", p, w, got)
			}
			return
		}
		if got != p+w {
			t.Fatalf("Attach(%q, %q) = %q, want %q", p, w, got, p+w)
		}
	})
}
