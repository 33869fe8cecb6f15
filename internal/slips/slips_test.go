package slips_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/slips"
)

func generator(t testing.TB) *slips.Generator {
	t.Helper()
	g, err := nazir.DefaultGazetteer()
	require.NoError(t, err)
	tab, err := confusable.Default()
	require.NoError(t, err)
	gen, err := slips.New(g, tab)
	require.NoError(t, err)
	return gen
}

// A release of our own: Azerbaijan's minister visits China.
const visit = `بكين 3 مارس (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية الأذربيجاني جيهون بيراموف الذي يقوم بزيارة إلى الصين.
وقال وانغ يي إن الصين تقدر العلاقات مع أذربيجان وتدعم للأذربيجانيين حقهم في التنمية.
وأكد بيراموف أن أذربيجان مستعدة للعمل مع الصين، وأن زيارته إلى بكين تفتح صفحة جديدة.
`

func release() slips.Release {
	return slips.Release{Name: "visit.txt", Text: []byte(visit), Labels: slips.Labels{Participants: []string{"CN", "AZ"}}}
}

func TestInjectKinds(t *testing.T) {
	gen := generator(t)
	for _, k := range slips.Kinds {
		t.Run(string(k), func(t *testing.T) {
			for seed := uint64(0); seed < 20; seed++ {
				s, err := gen.Inject(release(), k, rand.New(rand.NewPCG(seed, 0)))
				require.NoError(t, err)
				assert.NotEqual(t, visit, string(s.Text))
				assert.Equal(t, []string{"CN", "AZ"}, s.Labels.Participants)
				assert.Equal(t, k, s.Labels.Slip)
				if k == slips.SurnameRespelt {
					require.Len(t, s.Labels.Variants, 1)
					assert.Empty(t, s.Labels.Conflicts)
					var texts []string
					for _, m := range s.Labels.Variants[0].Mentions {
						a, b, err := slips.Locate(s.Text, m, 1)
						require.NoError(t, err)
						texts = append(texts, string(s.Text[a:b]))
					}
					assert.NotEqual(t, texts[0], texts[1])
					continue
				}
				require.NotEmpty(t, s.Labels.Conflicts)
				for _, c := range s.Labels.Conflicts {
					a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
					require.NoError(t, err)
					got := string(s.Text[a:b])
					fix := c.Fix.(string)
					// undoing the slip gives the clean release back
					restored := string(s.Text[:a]) + fix + string(s.Text[b:])
					if len(s.Labels.Conflicts) == 1 {
						assert.Equal(t, visit, restored)
					}
					assert.NotEqual(t, fix, got)
					assert.NotContains(t, []string{"CN", "AZ"}, c.Entity)
					assert.True(t, c.Injected)
					switch k {
					case slips.PersonState:
						assert.Contains(t, string(s.Text[max(0, a-40):a]), "وزير الخارجية")
					case slips.Destination:
						assert.True(t, strings.HasSuffix(string(s.Text[:a]), "إلى "), string(s.Text[:b]))
					}
				}
			}
		})
	}
}

func TestInjectForms(t *testing.T) {
	gen := generator(t)
	// every confusable swap keeps the form: the proclitics stay, the
	// article merges into ل, a nisba keeps its gender and article
	seen := map[string]bool{}
	for seed := uint64(0); seed < 200; seed++ {
		s, err := gen.Inject(release(), slips.ConfusableSwap, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		for _, c := range s.Labels.Conflicts {
			a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			fix, got := c.Fix.(string), string(s.Text[a:b])
			seen[fix] = true
			if strings.HasPrefix(fix, "ال") {
				assert.True(t, strings.HasPrefix(got, "ال"), got)
			}
			if strings.HasPrefix(fix, "لأذربيجانيين") {
				t.Fatalf("a plural is not swapped: %s", got)
			}
			assert.NotContains(t, string(s.Text), "لال", "ل before the article is written لل")
		}
	}
	assert.True(t, seen["الأذربيجاني"], "nisba sites drawn")
	assert.True(t, seen["أذربيجان"] || seen["الصين"], "name sites drawn")
}

func TestInjectNoSite(t *testing.T) {
	gen := generator(t)
	tests := []struct {
		name string
		text string
		kind slips.Kind
	}{
		{"no visit", "التقى وزير الخارجية الصيني نظيره الأذربيجاني في بكين.\nوأكدت الصين وأذربيجان التعاون.\n", slips.Destination},
		{"only a visit to come", "التقى وزير الخارجية الصيني نظيره الأذربيجاني في بكين.\nوأكد الوزير أن زيارته المرتقبة إلى أذربيجان ستعزز التعاون بين الصين وأذربيجان.\n", slips.Destination},
		{"no title", "الصين وأذربيجان تبحثان التعاون.\nوأكدت الصين وأذربيجان التعاون.\n", slips.PersonState},
		{"no person named twice", "الصين وأذربيجان تبحثان التعاون.\nوأكدت الصين وأذربيجان التعاون.\n", slips.SurnameRespelt},
		{"participant named once", "الصين تستقبل وفدا من أذربيجان.\n", slips.ConfusableSwap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := slips.Release{Name: "x.txt", Text: []byte(tt.text), Labels: slips.Labels{Participants: []string{"CN", "AZ"}}}
			_, err := gen.Inject(r, tt.kind, rand.New(rand.NewPCG(1, 1)))
			assert.True(t, errors.Is(err, slips.ErrNoSite), "%v", err)
		})
	}
	// multilateral releases are not slipped
	r := release()
	r.Labels.Multilateral = true
	_, err := gen.Inject(r, slips.RandomSwap, rand.New(rand.NewPCG(1, 1)))
	assert.True(t, errors.Is(err, slips.ErrNoSite))
}

func TestInjectKeepsSourceLabels(t *testing.T) {
	gen := generator(t)
	r := release()
	// the source's own slip: "الصين" in the second line labelled (pretend)
	r.Labels.Conflicts = []slips.Conflict{{At: "وقال وانغ يي إن [الصين] تقدر", Entity: "XX", Fix: "الصين"}}
	for seed := uint64(0); seed < 30; seed++ {
		s, err := gen.Inject(r, slips.RandomSwap, rand.New(rand.NewPCG(seed, 2)))
		require.NoError(t, err)
		var kept int
		for _, c := range s.Labels.Conflicts {
			a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			if !c.Injected {
				kept++
				assert.Equal(t, "الصين", string(s.Text[a:b]), "the source's label moves with the text")
			}
		}
		assert.Equal(t, 1, kept)
	}
}

func TestRespell(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		s, ok := slips.Respell("بيراموف", rng)
		require.True(t, ok)
		assert.NotEqual(t, "بيراموف", s)
		seen[s] = true
	}
	assert.True(t, seen["بيرموف"], "a long vowel dropped")
	assert.Len(t, seen, 3, "each of its three long vowels dropped")
	seen = map[string]bool{}
	for i := 0; i < 200; i++ {
		s, ok := slips.Respell("غوتيريش", rng)
		require.True(t, ok)
		seen[s] = true
	}
	assert.True(t, seen["جوتيريش"], "a transliteration pair swapped")
	_, ok := slips.Respell("لي", rng)
	assert.False(t, ok, "too short to respell")
}

func TestDrawIsSeeded(t *testing.T) {
	gen := generator(t)
	rs, err := slips.LoadReleases("../../testdata/releases")
	require.NoError(t, err)
	a, err := gen.Draw(rs, slips.Kinds, 15, 42)
	require.NoError(t, err)
	b, err := gen.Draw(rs, slips.Kinds, 15, 42)
	require.NoError(t, err)
	c, err := gen.Draw(rs, slips.Kinds, 15, 43)
	require.NoError(t, err)
	require.Equal(t, len(a), len(b))
	same := true
	for i := range a {
		assert.Equal(t, a[i].Name, b[i].Name)
		assert.Equal(t, a[i].Text, b[i].Text)
		if i < len(c) && string(a[i].Text) != string(c[i].Text) {
			same = false
		}
	}
	assert.False(t, same, "another seed, another draw")
	dir := t.TempDir()
	require.NoError(t, slips.Write(dir, a))
	back, err := slips.LoadReleases(dir)
	require.NoError(t, err)
	assert.Len(t, back, len(a))
}

func TestScore(t *testing.T) {
	s := slips.Slip{Name: "s.txt", Text: []byte("قال بيراموف إن أفغانستان تدعم الصين، وأكد بايراموف ذلك."), Labels: slips.Labels{
		Participants: []string{"CN", "AZ"},
		Conflicts:    []slips.Conflict{{At: "إن [أفغانستان] تدعم", Entity: "AF", Fix: "أذربيجان", Injected: true}},
		Variants:     []slips.Variant{{Mentions: []string{"قال [بيراموف] إن", "وأكد [بايراموف] ذلك"}, Injected: true}},
	}}
	a, b, err := slips.Locate(s.Text, "إن [أفغانستان] تدعم", 1)
	require.NoError(t, err)
	v1, _, _ := slips.Locate(s.Text, "قال [بيراموف] إن", 1)
	v2, v2e, _ := slips.Locate(s.Text, "وأكد [بايراموف] ذلك", 1)
	found := slips.Result{Participants: []string{"AZ", "CN"}, Findings: []slips.Finding{
		{Kind: "country-conflict", Start: a, End: b},
		{Kind: "name-variant", Mentions: [][2]int{{v1, v1 + 4}, {v2, v2e}}},
	}}
	sc, err := slips.Score([]slips.Slip{s}, []slips.Result{found})
	require.NoError(t, err)
	assert.Equal(t, slips.Counts{TP: 1}, sc.InjectedConflicts)
	assert.Equal(t, slips.Counts{TP: 1}, sc.InjectedVariants)
	assert.Equal(t, 1, sc.PartsOK)

	wrong := slips.Result{Participants: []string{"AF", "CN"}, Findings: []slips.Finding{{Kind: "country-conflict", Start: 0, End: 3}}}
	sc, err = slips.Score([]slips.Slip{s}, []slips.Result{wrong})
	require.NoError(t, err)
	assert.Equal(t, slips.Counts{FP: 1, FN: 1}, sc.InjectedConflicts)
	assert.Equal(t, slips.Counts{FN: 1}, sc.InjectedVariants)
	assert.Equal(t, 0, sc.PartsOK)
	assert.Contains(t, sc.Summary(), "injected")
}

// TestSourceRecall: a source that took many slips weighs as much as one
// that took one, so a draw concentrated on a few texts cannot carry its
// recall on them.
func TestSourceRecall(t *testing.T) {
	text := []byte("قال بيراموف إن أفغانستان تدعم الصين، وأكد بايراموف ذلك.")
	a, b, err := slips.Locate(text, "إن [أفغانستان] تدعم", 1)
	require.NoError(t, err)
	slip := func(name, source string) slips.Slip {
		return slips.Slip{Name: name, Text: text, Labels: slips.Labels{
			Participants: []string{"CN", "AZ"}, Source: source,
			Conflicts: []slips.Conflict{{At: "إن [أفغانستان] تدعم", Entity: "AF", Injected: true}},
		}}
	}
	hit := slips.Result{Participants: []string{"AZ", "CN"}, Findings: []slips.Finding{{Kind: "country-conflict", Start: a, End: b}}}
	miss := slips.Result{Participants: []string{"AZ", "CN"}}
	// three slips in source x, all found; one in y, missed
	ss := []slips.Slip{slip("x-1", "x.txt"), slip("x-2", "x.txt"), slip("x-3", "x.txt"), slip("y-1", "y.txt")}
	sc, err := slips.Score(ss, []slips.Result{hit, hit, hit, miss})
	require.NoError(t, err)
	assert.InDelta(t, 0.75, sc.InjectedConflicts.Recall(), 1e-9, "pooled: 3 of 4")
	rc, rv, nc, nv := sc.SourceRecall()
	assert.InDelta(t, 0.5, rc, 1e-9, "per source: (1 + 0) / 2")
	assert.Equal(t, 2, nc)
	assert.Zero(t, rv)
	assert.Zero(t, nv)
	// a slip without a source counts as its own source
	sc, err = slips.Score([]slips.Slip{slip("a", ""), slip("b", "")}, []slips.Result{hit, miss})
	require.NoError(t, err)
	rc, _, nc, _ = sc.SourceRecall()
	assert.InDelta(t, 0.5, rc, 1e-9)
	assert.Equal(t, 2, nc)
	assert.Contains(t, sc.Summary(), "per source")
}

func FuzzContext(f *testing.F) {
	f.Add(visit, 10, 20)
	f.Add("aaaa\naaaa", 1, 2)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		if s < 0 || e > len(text) || s >= e || strings.ContainsAny(text[s:e], "[]") {
			return
		}
		r := slips.Release{Name: "f.txt", Text: []byte(text)}
		_ = r
		at, n := slips.ContextOf([]byte(text), s, e)
		a, b, err := slips.Locate([]byte(text), at, n)
		require.NoError(t, err)
		assert.Equal(t, s, a)
		assert.Equal(t, e, b)
	})
}

// TestInjectGivenRespelt: the given name of a later full occurrence is
// respelt, or the surname written alone later is written in full with the
// given name respelt; the label pairs the first given name with it. A
// release whose people carry Arabic given names only offers no site.
func TestInjectGivenRespelt(t *testing.T) {
	gen := generator(t)
	const text = "مدريد 3 مارس 2026 (قنا) - التقى وزير الدولة القطري اليوم وزير الصناعة الإسباني السيد فرناندو غاريدو.\nوقال غاريدو إن إسبانيا ترحب بالاستثمارات القطرية.\n"
	r := slips.Release{Name: "es.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"QA", "ES"}}}
	for seed := range uint64(5) {
		s, err := gen.Inject(r, slips.GivenRespelt, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		out := string(s.Text)
		assert.Equal(t, 1, strings.Count(out, "فرناندو غاريدو"), "the first occurrence is kept")
		assert.NotContains(t, out, "وقال غاريدو", "the later surname is written in full")
		require.Len(t, s.Labels.Variants, 1)
		v := s.Labels.Variants[0]
		assert.True(t, v.Injected)
		require.Len(t, v.Mentions, 2)
		assert.Contains(t, v.Mentions[0], "[فرناندو]")
		assert.Contains(t, v.Mentions[1], " غاريدو]")
	}
	arab := "عمان 3 مارس 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم السفير الكويتي خالد العنزي.\nوقال العنزي إن العلاقات متينة.\n"
	_, err := gen.Inject(slips.Release{Name: "kw.txt", Text: []byte(arab), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}, slips.GivenRespelt, rand.New(rand.NewPCG(1, 1)))
	assert.True(t, errors.Is(err, slips.ErrNoSite), "%v", err)
}

// TestInjectPersonRespelt: the surname of a person read after an
// honorific, written again later (here after the proclitic ل), is respelt
// there, the proclitic kept; the label pairs the first surname with it. A
// release that names nobody after an honorific offers no site.
func TestInjectPersonRespelt(t *testing.T) {
	gen := generator(t)
	const text = "مسقط 3 مارس 2026 (العمانية) - استقبل وزير الخارجية العماني اليوم نائب وزير الخارجية البيلاروسي السيد أندريه موراشكو.\nوقدم الجانب العماني لموراشكو عرضا عن الحوافز.\n"
	r := slips.Release{Name: "by.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"OM", "BY"}}}
	for seed := range uint64(5) {
		s, err := gen.Inject(r, slips.PersonRespelt, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		out := string(s.Text)
		assert.Equal(t, 1, strings.Count(out, "موراشكو"), "the first occurrence is kept, the later respelt")
		assert.Contains(t, out, "العماني ل", "the proclitic is kept")
		require.Len(t, s.Labels.Variants, 1)
		v := s.Labels.Variants[0]
		assert.True(t, v.Injected)
		require.Len(t, v.Mentions, 2)
		assert.Contains(t, v.Mentions[0], "[موراشكو]")
		assert.NotContains(t, v.Mentions[1], "[ل")
	}
	none := "عمان 3 مارس 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم نظيره الكويتي.\nوقال الوزير إن العلاقات متينة.\n"
	_, err := gen.Inject(slips.Release{Name: "kw.txt", Text: []byte(none), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}, slips.PersonRespelt, rand.New(rand.NewPCG(1, 1)))
	assert.True(t, errors.Is(err, slips.ErrNoSite), "%v", err)
}

// TestRespellPerson: the alef before a first consonant cluster is dropped
// or added, never the article's; other words take RespellName's changes.
func TestRespellPerson(t *testing.T) {
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 2))
		for _, w := range []string{"إسبينوزا", "ستراندبرغ", "الزعابي", "موراشكو"} {
			alt, ok := slips.RespellPerson(w, rng)
			require.True(t, ok, w)
			assert.NotEqual(t, w, alt)
			if strings.HasPrefix(w, "ال") {
				assert.NotEqual(t, "لزعابي", alt, "the article's alef stays")
			}
		}
		_, ok := slips.RespellPerson("بيت", rng)
		assert.False(t, ok)
	}
}

// FuzzRespellPerson: any word gives a different valid spelling or none.
func FuzzRespellPerson(f *testing.F) {
	f.Add("إسبينوزا", uint64(1))
	f.Add("ال", uint64(2))
	f.Add("موراشكو", uint64(3))
	f.Fuzz(func(t *testing.T, w string, seed uint64) {
		alt, ok := slips.RespellPerson(w, rand.New(rand.NewPCG(seed, 1)))
		if ok && (alt == w || !utf8.ValidString(alt) && utf8.ValidString(w)) {
			t.Fatalf("RespellPerson(%q) = %q", w, alt)
		}
	})
}

// TestDrawCapped: a cap on the slips per release keeps a draw from
// resting on a few releases; without a cap the draw is Draw's.
func TestDrawCapped(t *testing.T) {
	gen := generator(t)
	rs, err := slips.LoadReleases("../../testdata/releases")
	require.NoError(t, err)
	source := func(s slips.Slip) string {
		// NNN-kind-source.txt: the kind has no digits, the index three
		for _, k := range append(append([]slips.Kind{}, slips.Kinds...), slips.PersonRespelt) {
			if _, rest, ok := strings.Cut(s.Name, "-"+string(k)+"-"); ok {
				return rest
			}
		}
		return s.Name
	}
	for _, tc := range []struct {
		name       string
		rs         []slips.Release
		n, cap     int
		wantAtMost int
	}{
		{"three releases, one slip each", rs[:3], 20, 1, 3},
		{"three releases, two each", rs[:3], 20, 2, 6},
		{"a cap above the draw leaves it whole", rs, 12, 100, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss, err := gen.DrawCapped(tc.rs, slips.Kinds, tc.n, 5, tc.cap)
			require.NoError(t, err)
			assert.LessOrEqual(t, len(ss), tc.wantAtMost)
			assert.NotEmpty(t, ss)
			per := map[string]int{}
			for _, s := range ss {
				per[source(s)]++
			}
			for src, k := range per {
				assert.LessOrEqual(t, k, tc.cap, src)
			}
		})
	}
	// no cap: the same slips as Draw
	a, err := gen.Draw(rs, slips.Kinds, 15, 42)
	require.NoError(t, err)
	b, err := gen.DrawCapped(rs, slips.Kinds, 15, 42, 0)
	require.NoError(t, err)
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.Equal(t, a[i].Name, b[i].Name)
		assert.Equal(t, a[i].Text, b[i].Text)
	}
}
