package entities

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
)

func newTestTagger(t testing.TB, g *Gazetteer) (*Tagger, *arabic.Normalizer) {
	t.Helper()
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := NewTagger(g, n)
	require.NoError(t, err)
	return tg, n
}

// brief is the part of a Mention a test states.
type brief struct {
	Text     string
	IDs      string
	Form     Form
	Prefix   string
	Definite bool
	Gender   Gender
	Number   Number
	Weak     bool
}

func briefs(ms []Mention) []brief {
	out := make([]brief, 0, len(ms))
	for _, m := range ms {
		out = append(out, brief{m.Text, strings.Join(m.Entities, ","), m.Form, m.Prefix, m.Definite, m.Gender, m.Number, m.Weak})
	}
	return out
}

func TestTag(t *testing.T) {
	tg, n := newTestTagger(t, loadSmall(t))
	tests := []struct {
		name string
		text string
		want []brief
	}{
		{"longest: Guinea-Bissau over Guinea", "زار غينيا بيساو أمس", []brief{{Text: "غينيا بيساو", IDs: "GW", Form: FormName}}},
		{"hyphen inside a name", "زار غينيا-بيساو أمس", []brief{{Text: "غينيا-بيساو", IDs: "GW", Form: FormName}}},
		{"punctuation breaks a name", "زار غينيا، بيساو", []brief{{Text: "غينيا", IDs: "GN", Form: FormName}}},
		{"a line break ends a name", "زار غينيا\nبيساو", []brief{{Text: "غينيا", IDs: "GN", Form: FormName}}},
		{"Equatorial Guinea over Guinea", "غينيا الاستوائية", []brief{{Text: "غينيا الاستوائية", IDs: "GQ", Form: FormName, Definite: false}}},
		{"UAE is one mention, no stray Arab", "دولة الإمارات العربية المتحدة",
			[]brief{{Text: "الإمارات العربية المتحدة", IDs: "AE", Form: FormName, Definite: true}}},
		{"South Sudan over Sudan", "جنوب السودان والسودان", []brief{
			{Text: "جنوب السودان", IDs: "SS", Form: FormName},
			{Text: "السودان", IDs: "SD", Form: FormName, Prefix: "و", Definite: true}}},
		{"Belarus over Russia", "روسيا البيضاء", []brief{{Text: "روسيا البيضاء", IDs: "BY", Form: FormName}}},
		{"Misrata is not Egypt", "مدينة مصراتة", []brief{{Text: "مصراتة", IDs: "LY", Form: FormCity}}},
		{"Algerian nisba", "الجانب الجزائري", []brief{{Text: "الجزائري", IDs: "DZ", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		{"abroad is nothing", "المقيمين بالخارج", nil},
		{"merged lam keeps the article lam", "للصين", []brief{{Text: "لصين", IDs: "CN", Form: FormName, Prefix: "ل", Definite: true}}},
		{"wa + merged lam", "وللصين", []brief{{Text: "لصين", IDs: "CN", Form: FormName, Prefix: "ول", Definite: true}}},
		{"bi + article", "بالصين", []brief{{Text: "الصين", IDs: "CN", Form: FormName, Prefix: "ب", Definite: true}}},
		{"ka + article", "كالصين", []brief{{Text: "الصين", IDs: "CN", Form: FormName, Prefix: "ك", Definite: true}}},
		{"wa before a group", "والدول العربية", []brief{{Text: "الدول العربية", IDs: "arab-states", Form: FormName, Prefix: "و", Definite: true}}},
		{"group nisba", "العلاقات الصينية العربية", []brief{
			{Text: "الصينية", IDs: "CN", Form: FormNisba, Definite: true, Gender: Feminine, Number: Singular},
			{Text: "العربية", IDs: "arab-states", Form: FormNisba, Definite: true, Gender: Feminine, Number: Singular}}},
		{"Lebanon keeps its lam", "لبنان", []brief{{Text: "لبنان", IDs: "LB", Form: FormName}}},
		{"li + indefinite name", "لأذربيجان", []brief{{Text: "أذربيجان", IDs: "AZ", Form: FormName, Prefix: "ل"}}},
		{"ambiguous nisba", "الوفد الكوري", []brief{{Text: "الكوري", IDs: "KP,KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		{"ambiguous name and capital", "في عمان", []brief{{Text: "عمان", IDs: "JO,OM", Form: FormName}}},
		{"homograph is weak", "مالي", []brief{{Text: "مالي", IDs: "ML", Form: FormName, Weak: true}}},
		{"broken plural", "الأفغان", []brief{{Text: "الأفغان", IDs: "AF", Form: FormNisba, Definite: true, Gender: Masculine, Number: Plural}}},
		{"irregular feminine", "التركية", []brief{{Text: "التركية", IDs: "TR", Form: FormNisba, Definite: true, Gender: Feminine, Number: Singular}}},
		{"sound plural", "الأذربيجانيون والأذربيجانيين", []brief{
			{Text: "الأذربيجانيون", IDs: "AZ", Form: FormNisba, Definite: true, Gender: Masculine, Number: Plural},
			{Text: "الأذربيجانيين", IDs: "AZ", Form: FormNisba, Prefix: "و", Definite: true, Gender: Masculine, Number: Plural}}},
		{"feminine plural", "أذربيجانيات", []brief{{Text: "أذربيجانيات", IDs: "AZ", Form: FormNisba, Gender: Feminine, Number: Plural}}},
		{"duals", "الأذربيجانيان والأذربيجانيتين", []brief{
			{Text: "الأذربيجانيان", IDs: "AZ", Form: FormNisba, Definite: true, Gender: Masculine, Number: Dual},
			{Text: "الأذربيجانيتين", IDs: "AZ", Form: FormNisba, Prefix: "و", Definite: true, Gender: Feminine, Number: Dual}}},
		{"capital", "في باكو", []brief{{Text: "باكو", IDs: "AZ", Form: FormCapital}}},
		{"Latin name", "وزير خارجية Azerbaijan و AZERBAIJAN", []brief{
			{Text: "Azerbaijan", IDs: "AZ", Form: FormName}, {Text: "AZERBAIJAN", IDs: "AZ", Form: FormName}}},
		{"Latin multi-word name", "the republic of azerbaijan", []brief{{Text: "republic of azerbaijan", IDs: "AZ", Form: FormName}}},
		{"full name", "وزير الخارجية وانغ يي", []brief{{Text: "وانغ يي", IDs: "cn-fm-wang-yi", Form: FormPerson}}},
		{"given and surname variant", "جيهون بايراموف", []brief{{Text: "جيهون بايراموف", IDs: "az-fm-bayramov", Form: FormPerson}}},
		{"surname alone", "وقال بيراموف", []brief{{Text: "بيراموف", IDs: "az-fm-bayramov", Form: FormPerson}}},
		{"short surname alone is not tagged", "قال يي", nil},
		{"patronymic alone is not tagged", "قال بن العاطي", nil},
		{"two-word surname alone", "وقال عبد العاطي إن", []brief{{Text: "عبد العاطي", IDs: "eg-fm-abdelatty", Form: FormPerson}}},
		{"title", "خادم الحرمين الشريفين", []brief{{Text: "خادم الحرمين الشريفين", IDs: "sa-custodian", Form: FormTitle}}},
		{"agency", "(واس)", []brief{{Text: "واس", IDs: "spa", Form: FormAgency}}},
		{"organisation", "منظمة شنغهاي للتعاون", []brief{{Text: "منظمة شنغهاي للتعاون", IDs: "sco", Form: FormName}}},
		{"diacritics stay in the span", "الصِّينِ", []brief{{Text: "الصِّينِ", IDs: "CN", Form: FormName, Definite: true}}},
		{"tatweel and kashida", "الصـــين", []brief{{Text: "الصـــين", IDs: "CN", Form: FormName, Definite: true}}},
		{"nothing", "قال المتحدث إن الاجتماع كان مثمرا", nil},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.text)
			ms := tg.Tag(n.Normalize(src))
			assert.Equal(t, tc.want, nilIfEmpty(briefs(ms)))
			checkInvariants(t, src, ms)
		})
	}
}

func nilIfEmpty(b []brief) []brief {
	if len(b) == 0 {
		return nil
	}
	return b
}

// checkInvariants asserts what every Tag result must satisfy.
func checkInvariants(t testing.TB, src []byte, ms []Mention) {
	t.Helper()
	// Rune boundaries as Go decodes them: an invalid byte is a rune of its own.
	boundary := map[int]bool{len(src): true}
	for i := range string(src) {
		boundary[i] = true
	}
	prevEnd, prevTok := 0, -1
	for _, m := range ms {
		require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(src), "span %d-%d outside input of %d bytes", m.Start, m.End, len(src))
		require.True(t, m.Start >= prevEnd, "mention %d-%d overlaps or precedes the previous one ending at %d", m.Start, m.End, prevEnd)
		require.True(t, m.FirstTok > prevTok && m.LastTok >= m.FirstTok, "token indices out of order")
		require.True(t, boundary[m.Start], "start %d not on a rune boundary", m.Start)
		require.True(t, boundary[m.End], "end %d not on a rune boundary", m.End)
		require.Equal(t, string(src[m.Start:m.End]), m.Text)
		require.NotEmpty(t, m.Entities)
		require.NotEmpty(t, m.Candidates)
		prevEnd, prevTok = m.End, m.LastTok
	}
}

func TestTagCandidates(t *testing.T) {
	tg, n := newTestTagger(t, loadSmall(t))
	ms := tg.Tag(n.Normalize([]byte("عمان")))
	require.Len(t, ms, 1)
	assert.Equal(t, []Candidate{{"JO", Country, FormCapital}, {"OM", Country, FormName}}, ms[0].Candidates)
}

func TestTagOffsetsInOriginal(t *testing.T) {
	tg, n := newTestTagger(t, loadSmall(t))
	src := []byte("التقى وزير خارجية الصين مع نظيره الأذربيجاني في بكين.")
	ms := tg.Tag(n.Normalize(src))
	require.Len(t, ms, 3)
	for _, m := range ms {
		assert.Equal(t, m.Text, string(src[m.Start:m.End]))
	}
	assert.Equal(t, strings.Index(string(src), "الأذربيجاني"), ms[1].Start)
}

func TestTaggerLookup(t *testing.T) {
	tg, _ := newTestTagger(t, loadSmall(t))
	m, ok := tg.Lookup("الأذربيجانية")
	require.True(t, ok)
	assert.Equal(t, []string{"AZ"}, m.Entities)
	assert.Equal(t, FormNisba, m.Form)
	assert.Equal(t, Feminine, m.Gender)
	assert.True(t, m.Definite)
	_, ok = tg.Lookup("بالصين")
	assert.False(t, ok, "Lookup takes forms without proclitics")
}

func TestTaggerForms(t *testing.T) {
	tg, _ := newTestTagger(t, loadSmall(t))
	forms := tg.Forms()
	for _, want := range []string{"الصين", "للصين", "وللصين", "بالصين", "غينيا بيساو", "غينيا - بيساو", "والدول العربيه", "azerbaijan", "republic of azerbaijan"} {
		assert.Contains(t, forms, want)
	}
	assert.NotContains(t, forms, "لالصين")
	assert.True(t, sort.StringsAreSorted(forms))
}

func TestTagConcurrent(t *testing.T) {
	tg, n := newTestTagger(t, loadSmall(t))
	src := []byte("الصين والدول العربية وأذربيجان وغينيا بيساو")
	want := briefs(tg.Tag(n.Normalize(src)))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				assert.Equal(t, want, briefs(tg.Tag(n.Normalize(src))))
			}
		}()
	}
	wg.Wait()
}

func TestNewTaggerErrors(t *testing.T) {
	_, err := NewTagger(nil, arabic.NewNormalizer(arabic.DefaultOptions()))
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewTagger(loadSmall(t), nil)
	assert.ErrorIs(t, err, ErrNoNormalizer)
	assert.Nil(t, (&Tagger{}).Tag(nil))
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"للصين وبالصين", "غينيا-بيساو", "الإمارات العربية المتحدة", "Azerbaijan", "الصِّينِ\u200fو", "\xff\xfeالصين", "ـالصين"} {
		f.Add(s)
	}
	g, err := LoadFile("testdata/small.yaml")
	if err != nil {
		f.Fatal(err)
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := NewTagger(g, n)
	if err != nil {
		f.Fatal(err)
	}
	prefix := tg.Tag(n.Normalize([]byte("الصين وأذربيجان")))
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		ms := tg.Tag(n.Normalize(src))
		checkInvariants(t, src, ms)
		// AppendTags into used storage appends the same mentions.
		var txt arabic.Text
		n.NormalizeInto(&txt, []byte("بكين "+strings.Repeat("الصين ", 20)))
		dst := tg.AppendTags(nil, &txt)
		n.NormalizeInto(&txt, src)
		dst = tg.AppendTags(append(dst[:0], prefix...), &txt)
		if !reflect.DeepEqual(dst[:len(prefix)], prefix) || len(dst)-len(prefix) != len(ms) ||
			(len(ms) > 0 && !reflect.DeepEqual(dst[len(prefix):], ms)) {
			t.Fatalf("AppendTags %+v, Tag %+v", dst, ms)
		}
		// AppendTagsFrom, piece by piece into one buffer, gives Tag's
		// mentions.
		if got := tagInPieces(tg, &txt, len(s)%3+1); !reflect.DeepEqual(got, ms) && (len(got) > 0 || len(ms) > 0) {
			t.Fatalf("AppendTagsFrom %+v, Tag %+v", got, ms)
		}
	})
}

// tagInPieces tags t with AppendTagsFrom, at most limit mentions a call,
// each piece into the same buffer.
func tagInPieces(tg *Tagger, t *arabic.Text, limit int) []Mention {
	var out, buf []Mention
	for from, calls := 0, 0; from < t.TokenList().Len(); calls++ {
		buf, from = tg.AppendTagsFrom(buf[:0], t, from, limit)
		out = append(out, buf...)
		if calls > t.TokenList().Len() {
			panic("AppendTagsFrom does not advance")
		}
	}
	return out
}

func TestAppendTagsFrom(t *testing.T) {
	tg, _ := newTestTagger(t, loadRepo(t))
	for _, text := range []string{
		"التقى وزير الخارجية الصيني وانغ يي في بكين نظيره الأذربيجاني جيهون بيراموف، وبحثا العلاقات بين الصين وأذربيجان.",
		strings.Repeat("الصين ", 300) + "لا شيء هنا",
		"لا ذكر لأي دولة في هذا النص",
		"الصين",
	} {
		txt := tg.Normalizer().Normalize([]byte(text))
		want := tg.Tag(txt)
		for _, limit := range []int{1, 2, 7, 128, 1000} {
			got := tagInPieces(tg, txt, limit)
			if len(want) == 0 {
				require.Empty(t, got)
				continue
			}
			require.Equal(t, want, got, "limit %d", limit)
		}
		// Appended after what dst holds; a limit of 0 appends nothing.
		dst, next := tg.AppendTagsFrom([]Mention{{Text: "x"}}, txt, 0, 0)
		require.Equal(t, []Mention{{Text: "x"}}, dst)
		require.Zero(t, next)
		dst, next = tg.AppendTagsFrom(dst, txt, 0, 1<<20)
		require.Equal(t, txt.TokenList().Len(), next)
		require.Len(t, dst, len(want)+1)
	}
	dst, next := tg.AppendTagsFrom(nil, nil, 0, 5)
	require.Nil(t, dst)
	require.Zero(t, next)
}

// The proclitic combinations compiled into the tagger are readings the
// arabic package offers.
func TestProcliticsAgreeWithArabicSplits(t *testing.T) {
	offered := func(word, prefix string) bool {
		for _, s := range arabic.Splits(word) {
			if s.Prefix == prefix {
				return true
			}
		}
		return false
	}
	for _, pre := range arabic.Proclitics()[1:] {
		assert.True(t, offered(pre+"صين", pre), "%q + indefinite", pre)
		def := pre + "ال"
		word := pre + "الصين"
		if strings.HasSuffix(pre, "ل") {
			def, word = pre+"ل", pre+"لصين"
		}
		assert.True(t, offered(word, def), "%q + article in %q", pre, word)
	}
}

// TestNextReadsAfterOnce: next, which reads the token after a key once
// for all the key's patterns, finds what trying each pattern whole finds,
// on the benchmark text with the full gazetteer and on names cut by
// punctuation, line breaks and Latin case.
func TestNextReadsAfterOnce(t *testing.T) {
	tg, n := newTestTagger(t, benchGazetteer(t))
	patternByPattern := func(t *arabic.Text, i int) (hit, bool) {
		toks := t.TokenList()
		for ; i < toks.Len(); i++ {
			kind := toks.Kind(i)
			ts, te := toks.Span(i)
			if kind != arabic.Word && kind != arabic.Latin || te-ts > tg.maxFirst {
				continue
			}
			word := t.Norm[ts:te]
			if kind == arabic.Latin { // ASCII letters lowered
				word = strings.Map(func(r rune) rune {
					if r >= 'A' && r <= 'Z' {
						return r + 'a' - 'A'
					}
					return r
				}, word)
			}
			gi := tg.keys.Index(word)
			if gi < 0 {
				continue
			}
			g := tg.groups[gi]
			for _, r := range tg.refs[g.start : g.start+g.n] {
				if last, ok := matchRest(t, i, &tg.pats[r.pat], 0); ok {
					return hit{i, last, r}, true
				}
			}
		}
		return hit{}, false
	}
	texts := [][]byte{benchText(t), []byte("علي عبد الله، عبد\nالله Republic OF Azerbaijan republic of\tazerbaijan جمهورية أذربيجان")}
	for _, src := range texts {
		text := n.Normalize(src)
		found := 0
		for i := 0; ; {
			want, wok := patternByPattern(text, i)
			got, gok := tg.next(text, i, nil)
			require.Equal(t, wok, gok)
			require.Equal(t, want, got)
			if !gok {
				break
			}
			found++
			i = got.last + 1
		}
		require.Positive(t, found)
	}
}

// TestTaggerWords: a tagger with a vocabulary finds the mentions Tag finds
// and gives every token the value of its word as written, whether the
// token is a first-token key too, a word of a name's later tokens, a long
// word, punctuation or Latin in either case; a word outside the vocabulary
// gets 0, in any piece size.
func TestTaggerWords(t *testing.T) {
	g := loadSmall(t)
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	vocab := map[string]uint16{"في": 1, "الصين": 2, "بيساو": 3, "،": 4, "Azerbaijan": 5, "of": 6,
		"والدول": 7, strings.Repeat("ب", 40): 8}
	tg := taggerWithVocab(t, g, n, vocab)
	plain, _ := newTestTagger(t, g)
	for _, src := range []string{
		"زار وزير الخارجية غينيا بيساو في الصين، ثم بيساو والدول العربية",
		"Republic of Azerbaijan و azerbaijan AZERBAIJAN of " + strings.Repeat("ب", 40),
		"في في",
		"",
	} {
		text := n.Normalize([]byte(src))
		toks := text.TokenList()
		want := make([]uint16, toks.Len())
		for i := range want {
			want[i] = vocab[text.TokenText(i)]
		}
		for _, limit := range []int{1, 2, 1000} {
			got := make([]uint16, toks.Len())
			for i := range got {
				got[i] = 99 // every token is set
			}
			var ms []Mention
			for from := 0; from < toks.Len(); {
				var piece []Mention
				piece, from = tg.AppendTagsFromValues(nil, got, text, from, limit)
				ms = append(ms, piece...)
			}
			assert.Equal(t, want, got, "%q, limit %d", src, limit)
			assert.Equal(t, briefs(plain.Tag(text)), briefs(ms), "%q, limit %d", src, limit)
			// AppendSpansFromValues: the same, without the texts
			spansGot := make([]uint16, toks.Len())
			var spans []Mention
			for from := 0; from < toks.Len(); {
				spans, from = tg.AppendSpansFromValues(spans, spansGot, text, from, limit)
			}
			assert.Equal(t, want, spansGot, "%q, limit %d (spans)", src, limit)
			assert.Equal(t, withoutTexts(ms), spans, "%q, limit %d (spans)", src, limit)
		}
	}
	// A tagger without a vocabulary gives every token 0.
	text := n.Normalize([]byte("في الصين"))
	got := []uint16{9, 9}
	plain.AppendTagsFromValues(nil, got, text, 0, 10)
	assert.Equal(t, []uint16{0, 0}, got)
}

// TestTaggerRuneValues: the values of one-rune words, read from a table,
// are the vocabulary's for every rune the table holds (ASCII and two-byte
// punctuation and letters in the vocabulary, 0 for the others), and a word
// the table does not hold (a rune of three bytes, two runes, bytes that are
// no rune) is looked up as before.
func TestTaggerRuneValues(t *testing.T) {
	g := loadSmall(t)
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	vocab := map[string]uint16{".": 1, "،": 2, "؟": 3, "و": 4, "(": 5, "—": 6, "في": 7, "A": 8}
	tg := taggerWithVocab(t, g, n, vocab)
	var b [utf8.UTFMax]byte
	for r := range rune(0x1000) {
		w := string(utf8.AppendRune(b[:0], r))
		assert.Equal(t, vocab[w], tg.valueOf(w), "%U", r)
	}
	for _, w := range []string{"—", "في", "..", "\xC0\x80", "\xC2A", "\xD8", "a", "A", ""} {
		assert.Equal(t, vocab[w], tg.valueOf(w), "%q", w)
	}
	plain, _ := newTestTagger(t, g)
	assert.Zero(t, plain.valueOf("."))
}

func TestNewTaggerWordsErrors(t *testing.T) {
	g := loadSmall(t)
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	_, err := NewTaggerWords(g, n, []string{"في"}, nil)
	require.ErrorIs(t, err, ErrInvalid)
	_, err = NewTaggerWords(g, n, []string{"في", "في"}, []uint16{1, 2})
	require.ErrorIs(t, err, ErrInvalid)
	assert.Contains(t, err.Error(), "في")
	tg, err := NewTaggerWords(g, n, []string{"الصين"}, []uint16{1})
	require.NoError(t, err)
	assert.Equal(t, 1, len(tg.Tag(n.Normalize([]byte("الصين")))), "a word that is also a key still tags")
}

// FuzzTaggerWords: on any text, a tagger with a vocabulary finds Tag's
// mentions and gives each token its word's value.
func FuzzTaggerWords(f *testing.F) {
	for _, s := range []string{"في الصين، بيساو", "غينيا بيساو في", "Azerbaijan AZERBAIJAN of", "\xffفي\u200f،"} {
		f.Add(s, 3)
	}
	g, err := LoadFile("testdata/small.yaml")
	if err != nil {
		f.Fatal(err)
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	vocab := map[string]uint16{"في": 1, "الصين": 2, "بيساو": 3, "،": 4, "Azerbaijan": 5, "of": 6}
	words := []string{"في", "الصين", "بيساو", "،", "Azerbaijan", "of"}
	vals := []uint16{1, 2, 3, 4, 5, 6}
	tg, err := NewTaggerWords(g, n, words, vals)
	if err != nil {
		f.Fatal(err)
	}
	plain, err := NewTagger(g, n)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = 1 + int(uint(limit)%50)
		text := n.Normalize([]byte(s))
		got := make([]uint16, text.TokenList().Len())
		var ms []Mention
		for from := 0; from < len(got); {
			var piece []Mention
			piece, from = tg.AppendTagsFromValues(nil, got, text, from, limit)
			ms = append(ms, piece...)
		}
		for i := range got {
			if want := vocab[text.TokenText(i)]; got[i] != want {
				t.Fatalf("token %d %q: value %d, want %d", i, text.TokenText(i), got[i], want)
			}
		}
		if want := plain.Tag(text); len(want) != len(ms) || len(ms) > 0 && !reflect.DeepEqual(want, ms) {
			t.Fatalf("mentions %+v, Tag %+v", ms, want)
		}
		spansGot := make([]uint16, len(got))
		var spans []Mention
		for from := 0; from < len(got); {
			spans, from = tg.AppendSpansFromValues(spans, spansGot, text, from, limit)
		}
		if !reflect.DeepEqual(got, spansGot) {
			t.Fatalf("AppendSpansFromValues values %v, want %v", spansGot, got)
		}
		if want := withoutTexts(ms); len(want) != len(spans) || len(spans) > 0 && !reflect.DeepEqual(want, spans) {
			t.Fatalf("AppendSpansFromValues %+v, want %+v", spans, want)
		}
	})
}

// withoutTexts is ms with every Text empty (nil for none).
func withoutTexts(ms []Mention) []Mention {
	if len(ms) == 0 {
		return nil
	}
	out := append([]Mention(nil), ms...)
	for i := range out {
		out[i].Text = ""
	}
	return out
}

// taggerWithVocab is NewTaggerWords over the words of vocab, sorted, each
// with its value.
func taggerWithVocab(t *testing.T, g *Gazetteer, n *arabic.Normalizer, vocab map[string]uint16) *Tagger {
	t.Helper()
	words := make([]string, 0, len(vocab))
	for w := range vocab {
		words = append(words, w)
	}
	sort.Strings(words)
	vals := make([]uint16, len(words))
	for i, w := range words {
		vals[i] = vocab[w]
	}
	tg, err := NewTaggerWords(g, n, words, vals)
	require.NoError(t, err)
	return tg
}
