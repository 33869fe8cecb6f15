package arabic_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/arabic"
	"golang.org/x/text/transform"
)

func ExampleNormalize() {
	txt := arabic.Normalize([]byte("وزيرُ الخارجيةِ الأذربيجانيّ ﻷ ٢٠٢٦"))
	fmt.Println(txt.Norm)
	for i, tk := range txt.Tokens() {
		fmt.Println(tk.Kind, txt.TokenText(i), string(txt.TokenOrig(i)))
	}
	// Output:
	// وزير الخارجيه الاذربيجاني لا 2026
	// word وزير وزيرُ
	// word الخارجيه الخارجيةِ
	// word الاذربيجاني الأذربيجانيّ
	// word لا ﻷ
	// number 2026 ٢٠٢٦
}

func ExampleText_OrigSpan() {
	src := []byte("مُحَمَّدٌ")
	txt := arabic.Normalize(src)
	os, oe := txt.OrigSpan(0, len(txt.Norm))
	fmt.Printf("%q → [%d,%d) %q\n", txt.Norm, os, oe, src[os:oe])
	// Output:
	// "محمد" → [0,18) "مُحَمَّدٌ"
}

func ExampleSplits() {
	for _, w := range []string{"وللصين", "لبنان"} {
		for _, s := range arabic.Splits(arabic.Normalize([]byte(w)).Norm) {
			fmt.Printf("%s: %s + %s article=%v\n", w, s.Prefix, s.Stem, s.Article)
		}
	}
	// Output:
	// وللصين: و + للصين article=false
	// وللصين: ول + لصين article=false
	// وللصين: ولل + صين article=true
	// لبنان: ل + بنان article=false
}

// Attach writes a proclitic before a word as Arabic spells it.
func ExampleAttach() {
	for _, p := range []string{"و", "ب", "ل", "ول"} {
		fmt.Println(arabic.Attach(p, "الصين"), arabic.Attach(p, "مصر"))
	}
	// Output:
	// والصين ومصر
	// بالصين بمصر
	// للصين لمصر
	// وللصين ولمصر
}

func ExamplePhoneticKey() {
	for _, name := range []string{"بيرموف", "بايراموف", "بيراموف", "بيريز"} {
		fmt.Println(name, arabic.PhoneticKey(name))
	}
	// Output:
	// بيرموف BRMF
	// بايراموف BRMF
	// بيراموف BRMF
	// بيريز BRS
}

func ExampleNormalizer_Transformer() {
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	out, _, err := transform.String(n.Transformer(), "إلى الصينيّة")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out)
	// Output:
	// الي الصينيه
}

func ExampleText_Tokens() {
	txt := arabic.Normalize([]byte("قمة G20، في 3.5 ساعات"))
	for _, tk := range txt.Tokens() {
		fmt.Printf("%s %q [%d,%d)\n", tk.Kind, txt.Norm[tk.Start:tk.End], tk.OrigStart, tk.OrigEnd)
	}
	// Output:
	// word "قمه" [0,6)
	// latin "G20" [7,10)
	// punct "،" [10,12)
	// word "في" [13,17)
	// number "3.5" [18,21)
	// word "ساعات" [22,32)
}

func ExampleText_TokenList() {
	txt := arabic.Normalize([]byte("قمة G20، في 3.5 ساعات"))
	l := txt.TokenList()
	for i := range l.Len() {
		os, oe := l.Orig(i)
		fmt.Printf("%s %q [%d,%d)\n", l.Kind(i), l.Text(i), os, oe)
	}
	// Output:
	// word "قمه" [0,6)
	// latin "G20" [7,10)
	// punct "،" [10,12)
	// word "في" [13,17)
	// number "3.5" [18,21)
	// word "ساعات" [22,32)
}

func ExampleAppendPhoneticKey() {
	var buf [64]byte
	key := arabic.AppendPhoneticKey(buf[:0], "بايراموف")
	fmt.Println(string(key), string(key) == arabic.PhoneticKey("بيرموف"))
	// Output: BRMF true
}

func ExampleNormalizer_NormalizeInto() {
	n := arabic.Default()
	var txt arabic.Text // reused for every document
	var norms []string
	for _, doc := range []string{"وزير الخارجية الصينيّة", "الرئيس الأذربيجاني"} {
		n.NormalizeInto(&txt, []byte(doc))
		fmt.Println(len(txt.Tokens()), "tokens")
		norms = append(norms, txt.Norm) // strings stay valid
	}
	fmt.Println(norms)
	// Output:
	// 3 tokens
	// 2 tokens
	// [وزير الخارجيه الصينيه الرييس الاذربيجاني]
}

func ExampleSameName() {
	fmt.Println(arabic.SameName("بريجنيف", "بريزنيف"))
	fmt.Println(arabic.SameName("عبدالرحمن", "عبد الرحمن"))
	fmt.Println(arabic.SameName("القاسمي", "القاسم"))
	fmt.Println(arabic.SameName("بوتين", "بايدن"))
	// Output:
	// true
	// true
	// true
	// false
}

func ExampleNameKey() {
	fmt.Println(arabic.NameKey("تشرشل"), arabic.NameKey("شرشل"))
	fmt.Println(arabic.NameKey("البرادعي"), arabic.NameKey("برادعي"))
	// Output:
	// CRCL CRCL
	// BRDE BRDE
}

func ExampleLongVowelApart() {
	n, ok := arabic.LongVowelApart("ماكرون", "ماكرن")
	fmt.Println(ok, n, arabic.VowelSkeleton("ماكرون"))
	_, ok = arabic.LongVowelApart("لافروف", "لافرون")
	fmt.Println(ok)
	// Output:
	// true 4 مكرن
	// false
}

// NameKeyClasses indexes name keys: two keys SameNameKey accepts have the
// same classes.
func ExampleNameKeyClasses() {
	a, b := arabic.NameKey("بريجنيف"), arabic.NameKey("بريزنيف")
	fmt.Println(arabic.SameNameKey(a, b), arabic.NameKeyClasses(a) == arabic.NameKeyClasses(b))
	// Output: true true
}

// Keying one word once and comparing its key with many: the keys are
// built in the caller's buffer.
func ExampleAppendNameKey() {
	var buf []byte
	buf = arabic.AppendNameKey(buf, "بريجنيف")
	n := len(buf)
	for _, other := range []string{"بريزنيف", "بريجينيف", "بوتين"} {
		buf = arabic.AppendNameKey(buf[:n], other)
		fmt.Println(other, arabic.SameNameKeyBytes(buf[:n], buf[n:]))
	}
	// Output:
	// بريزنيف true
	// بريجينيف true
	// بوتين false
}
