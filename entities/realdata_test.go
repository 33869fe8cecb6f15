package entities

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/nazir-nlp/nazir/arabic"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// recallForm is one surface form a country must be found by.
type recallForm struct {
	raw      string
	form     Form
	definite bool
	gender   Gender
}

// countryRecallForms lists, from the gazetteer itself, a country's names and
// its nisba in the four singular shapes (indefinite/definite ×
// masculine/feminine).
func countryRecallForms(e *Entity) []recallForm {
	var out []recallForm
	for _, n := range e.Names {
		out = append(out, recallForm{raw: n, form: FormName, definite: hasArticle(n)})
	}
	for _, m := range e.Nisba.M {
		out = append(out, recallForm{m, FormNisba, false, Masculine}, recallForm{Agree(m, withArticle), FormNisba, true, Masculine})
	}
	for _, f := range e.Nisba.F {
		out = append(out, recallForm{f, FormNisba, false, Feminine}, recallForm{Agree(f, withArticle), FormNisba, true, Feminine})
	}
	return out
}

// withProclitic writes the word as it stands after prefix: ل + الصين → للصين.
// It returns the text and the part of it the mention must span.
func withProclitic(prefix string, f recallForm) (word, span string) {
	if f.definite && strings.HasSuffix(prefix, "ل") {
		span = strings.TrimPrefix(f.raw, "ا")
		return prefix + span, span
	}
	return prefix + f.raw, f.raw
}

// TestRecallCountries: every country name and nisba shape, with every
// proclitic combination, embedded in a sentence, is tagged as that country.
func TestRecallCountries(t *testing.T) {
	g := loadRepo(t)
	tg, n := newTestTagger(t, g)
	total := 0
	for _, e := range g.ByKind(Country) {
		for _, f := range countryRecallForms(e) {
			for _, pre := range arabic.Proclitics() {
				word, span := withProclitic(pre, f)
				src := "وقال المتحدث إن " + word + " شريك مهم."
				ms := tg.Tag(n.Normalize([]byte(src)))
				total++
				var got *Mention
				for i := range ms {
					if ms[i].Text == span {
						got = &ms[i]
					}
				}
				if !assert.NotNil(t, got, "%s %q with %q: not tagged in %q (got %v)", e.ID, f.raw, pre, src, briefs(ms)) {
					continue
				}
				assert.Contains(t, got.Entities, e.ID, "%s: %q", e.ID, word)
				assert.Equal(t, pre, got.Prefix, "%s: %q", e.ID, word)
				assert.Equal(t, f.definite, got.Definite, "%s: %q", e.ID, word)
				if whole, ok := tg.Lookup(f.raw); ok && len(whole.Entities) == 1 {
					assert.Equal(t, []string{e.ID}, got.Entities, "%s: %q is not listed as ambiguous", e.ID, word)
					assert.Contains(t, got.Candidates, Candidate{e.ID, Country, f.form}, "%s: %q", e.ID, word)
					// A name that is also a nisba (السعودية, زيمبابوي) reads as the name.
					if got.Form == FormNisba {
						assert.Equal(t, f.gender, got.Gender, "%s: %q", e.ID, word)
						assert.Equal(t, Singular, got.Number, "%s: %q", e.ID, word)
					}
				}
			}
		}
	}
	t.Logf("%d forms checked", total)
}

// TestCLDRNames: the Arabic name Unicode CLDR gives every country is tagged
// as that country, as one mention.
func TestCLDRNames(t *testing.T) {
	g := loadRepo(t)
	tg, n := newTestTagger(t, g)
	names := display.Arabic.Regions()
	checked := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			if c, err := r.Canonicalize(), error(nil); err != nil || c.String() != code || code == "EZ" || code == "UN" {
				continue // deprecated codes and CLDR's groupings (euro area, United Nations)
			}
			name := names.Name(r)
			if name == "" || name == code {
				continue
			}
			if _, ok := g.Lookup(code); !ok {
				t.Errorf("CLDR region %s (%s) is not in the gazetteer", code, name)
				continue
			}
			checked++
			ms := tg.Tag(n.Normalize([]byte(name)))
			if assert.Len(t, ms, 1, "%s: CLDR name %q: %v", code, name, briefs(ms)) {
				assert.Equal(t, name, ms[0].Text, "%s: CLDR name %q", code, name)
				assert.Contains(t, ms[0].Entities, code, "%s: CLDR name %q", code, name)
			}
		}
	}
	assert.Greater(t, checked, 200)
}

// goldenMention is the stored shape of a mention in testdata/golden.
type goldenMention struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Entities []string `json:"entities"`
	Kind     Kind     `json:"kind"`
	Form     Form     `json:"form"`
	Prefix   string   `json:"prefix,omitempty"`
	Definite bool     `json:"definite,omitempty"`
	Gender   Gender   `json:"gender,omitempty"`
	Number   Number   `json:"number,omitempty"`
	Weak     bool     `json:"weak,omitempty"`
}

// TestGoldenDev tags each development release with the repository gazetteer
// and compares with testdata/golden/NAME.mentions.json (go test -update
// rewrites them; review the diff).
func TestGoldenDev(t *testing.T) {
	const dir = "../../shared/eval/dev"
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no development releases in %s", dir)
	}
	g := loadRepo(t)
	tg, n := newTestTagger(t, g)
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(base, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			ms := tg.Tag(n.Normalize(src))
			checkInvariants(t, src, ms)
			got := make([]goldenMention, 0, len(ms))
			for _, m := range ms {
				got = append(got, goldenMention{m.Start, m.End, m.Text, m.Entities, m.Kind, m.Form, m.Prefix, m.Definite, m.Gender, m.Number, m.Weak})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			require.NoError(t, err)
			out = append(out, '\n')
			golden := filepath.Join("testdata", "golden", base+".mentions.json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, out, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), string(out))
		})
	}
}
