package entities

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
)

func loadSmall(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := LoadFile("testdata/small.yaml")
	require.NoError(t, err)
	return g
}

func TestLoadSmall(t *testing.T) {
	g := loadSmall(t)
	az, ok := g.Lookup("AZ")
	require.True(t, ok)
	assert.Equal(t, Country, az.Kind)
	assert.Equal(t, "Azerbaijan", az.English)
	assert.Equal(t, []string{"أذربيجان", "جمهورية أذربيجان"}, az.Names)
	assert.Equal(t, []string{"أذربيجانية"}, az.Nisba.F, "feminine derived as X+ة")
	assert.Equal(t, []string{"أذربيجانيون"}, az.Nisba.MPl)
	assert.Equal(t, []string{"أذربيجانيات"}, az.Nisba.FPl)
	assert.Equal(t, "testdata/small.yaml:3", az.Source)
	assert.Equal(t, 3, az.Line)

	af, _ := g.Lookup("AF")
	assert.Equal(t, []string{"أفغان", "أفغانيون"}, af.Nisba.MPl, "broken plural first")
	assert.Equal(t, []string{"أفغان"}, af.BrokenPlurals())

	p, ok := g.Lookup("az-fm-bayramov")
	require.True(t, ok)
	assert.Equal(t, Person, p.Kind)
	assert.Equal(t, "AZ", p.Country)
	assert.Equal(t, time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC), p.From)
	assert.True(t, p.To.IsZero())
	wang, _ := g.Lookup("cn-fm-wang-yi")
	assert.Equal(t, time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC), wang.From)

	un, _ := g.Lookup("un-news")
	assert.Equal(t, "", un.Country, "an international agency has no country")

	assert.Len(t, g.ByKind(Group), 1)
	assert.Len(t, g.ByKind(Country), 22)
	assert.True(t, g.Ambiguous("الكوري"))
	assert.True(t, g.Ambiguous("الكورية"), "an entry licenses its nisba family")
	assert.False(t, g.Ambiguous("الصيني"))
	_, ok = g.Lookup("XX")
	assert.False(t, ok)
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file     string
		line     int
		sentinel error
		want     string
	}{
		{"unknown-field.yaml", 6, ErrSchema, `unknown field "capitol"`},
		{"unknown-section.yaml", 6, ErrSchema, `unknown section "states"`},
		{"dup-id.yaml", 6, ErrSchema, `duplicate id "AZ" (first defined at testdata/bad/dup-id.yaml:2)`},
		{"dup-key.yaml", 6, ErrSchema, `duplicate key "names"`},
		{"dup-section.yaml", 6, ErrSchema, `duplicate key "countries"`},
		{"empty-names.yaml", 4, ErrSchema, "names: empty list"},
		{"missing-names.yaml", 2, ErrSchema, "no names"},
		{"names-not-list.yaml", 4, ErrSchema, "names: expected a list of strings, got a scalar"},
		{"name-not-string.yaml", 4, ErrSchema, "expected a string, got a scalar (int)"},
		{"empty-string.yaml", 3, ErrSchema, "empty string"},
		{"id-not-string.yaml", 2, ErrSchema, "id: expected a string, got a list"},
		{"missing-id.yaml", 2, ErrSchema, "entry without id"},
		{"bad-country-id.yaml", 2, ErrSchema, "ISO 3166-1 alpha-2"},
		{"entry-not-mapping.yaml", 2, ErrSchema, "expected an entry (mapping)"},
		{"section-not-list.yaml", 2, ErrSchema, "countries: expected a list"},
		{"top-level-list.yaml", 1, ErrSchema, "expected a mapping of sections"},
		{"syntax.yaml", 3, ErrSyntax, "did not find expected"},
		{"multi-doc.yaml", 6, ErrSchema, "more than one YAML document"},
		{"alias.yaml", 2, ErrSchema, "anchors and aliases are not allowed"},
		{"nisba-f-without-nisba.yaml", 2, ErrSchema, "nisba_f/nisba_pl without nisba"},
		{"bad-date.yaml", 10, ErrSchema, `malformed date "2020-13-01"`},
		{"bad-date-format.yaml", 10, ErrSchema, `malformed date "16/07/2020"`},
		{"date-not-scalar.yaml", 10, ErrSchema, "from: expected a date"},
		{"reversed-dates.yaml", 11, ErrSchema, "to 2019-01-01 is before from 2020-07-16"},
		{"person-no-country.yaml", 7, ErrSchema, "country is required"},
		{"agency-no-country.yaml", 7, ErrSchema, "country is required"},
		// Validation across entries (Load = Parse + Validate).
		{"unknown-member.yaml", 7, ErrInvalid, `members: unknown country id "XX"`},
		{"unknown-country.yaml", 7, ErrInvalid, `country: unknown country id "XX"`},
		{"country-is-group.yaml", 11, ErrInvalid, `country: unknown country id "g"`},
		{"name-collision.yaml", 6, ErrInvalid, `form "أذربيجان" is also a form of country "AZ" (testdata/bad/name-collision.yaml:2)`},
		{"normalised-collision.yaml", 6, ErrInvalid, `form "اذربيجان" is also a form of country "AZ"`},
		{"nisba-collision.yaml", 6, ErrInvalid, `is also a form of country "AZ"`},
		{"derived-collision.yaml", 6, ErrInvalid, `form "أذربيجانيون" is also a form of country "AZ"`},
		{"ambiguous-unused.yaml", 6, ErrInvalid, `ambiguous: "أذربيجان" is a form of 1 entities (wants at least 2)`},
		{"homograph-unknown.yaml", 6, ErrInvalid, `homographs: "أرمينيا" is not a form of any entity`},
		{"normalises-to-nothing.yaml", 2, ErrInvalid, "normalises to nothing"},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		seen[tc.file] = true
		t.Run(strings.TrimSuffix(tc.file, ".yaml"), func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tc.file)
			g, err := LoadFile(path)
			require.Error(t, err)
			assert.Nil(t, g)
			assert.ErrorIs(t, err, tc.sentinel)
			msg := err.Error()
			assert.Contains(t, msg, tc.want)
			if tc.line > 0 {
				assert.Contains(t, msg, "gazetteer "+path+":"+strconv.Itoa(tc.line)+":")
			} else {
				assert.Contains(t, msg, "gazetteer "+path)
			}
		})
	}
	// Every fixture has a case.
	files, err := filepath.Glob("testdata/bad/*.yaml")
	require.NoError(t, err)
	for _, f := range files {
		assert.True(t, seen[filepath.Base(f)], "fixture %s has no test case", f)
	}
}

// endless is an io.Reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestLoadLimits(t *testing.T) {
	billionLaughs := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'j'; i++ {
		prev := string(i - 1)
		billionLaughs += string(i) + ": &" + string(i) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n"
	}
	tests := []struct {
		name     string
		input    io.Reader
		sentinel error
		want     string
	}{
		{"endless input", endless{}, ErrLimit, "larger than 16777216 bytes"},
		{"one byte too many", strings.NewReader("#" + strings.Repeat(" ", MaxFileSize)), ErrLimit, "larger than"},
		{"alias bomb", strings.NewReader(billionLaughs), ErrSchema, "anchors and aliases are not allowed"},
		{"nesting 65 levels", strings.NewReader("countries: " + strings.Repeat("[", 65) + strings.Repeat("]", 65)), ErrLimit, "nesting deeper than 64 levels"},
		{"nesting 10000 levels", strings.NewReader("countries: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), nil, "gazetteer bomb.yaml"},
		{"block nesting 100 levels", strings.NewReader(blockNest(100)), ErrLimit, "nesting deeper than 64 levels"},
		{"empty", strings.NewReader(""), ErrSchema, "empty document"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(tc.input, "bomb.yaml")
			require.Error(t, err)
			assert.Nil(t, g)
			if tc.sentinel != nil {
				assert.ErrorIs(t, err, tc.sentinel)
			} else {
				assert.True(t, errors.Is(err, ErrLimit) || errors.Is(err, ErrSyntax), "got %v", err)
			}
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), "bomb.yaml")
		})
	}
}

func blockNest(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat(" ", i) + "a:\n")
	}
	return b.String()
}

func TestMerge(t *testing.T) {
	base := loadSmall(t)
	tests := []struct {
		name    string
		overlay string
		check   func(t *testing.T, m *Gazetteer)
		wantErr string
	}{
		{
			name: "adds a minister in five lines",
			overlay: `people:
  - id: az-pm-asadov
    country: AZ
    office: head-of-government
    names: [علي أسدوف]
`,
			check: func(t *testing.T, m *Gazetteer) {
				p, ok := m.Lookup("az-pm-asadov")
				require.True(t, ok)
				assert.Equal(t, "overlay.yaml:2", p.Source)
				assert.Len(t, m.Entities, len(base.Entities)+1)
			},
		},
		{
			name: "overrides a country by id",
			overlay: `countries:
  - id: AZ
    en: Azerbaijan
    names: [أذربيجان, أذربيجان الجديدة]
    nisba: [أذربيجاني]
`,
			check: func(t *testing.T, m *Gazetteer) {
				az, _ := m.Lookup("AZ")
				assert.Equal(t, []string{"أذربيجان", "أذربيجان الجديدة"}, az.Names)
				assert.Empty(t, az.Capital, "an override replaces the whole entry")
				assert.Len(t, m.Entities, len(base.Entities))
				assert.Equal(t, m.Entities[0], az, "keeps the base position")
				orig, _ := base.Lookup("AZ")
				assert.Equal(t, []string{"باكو"}, orig.Capital, "base unchanged")
			},
		},
		{
			name:    "validates homographs of the merged result",
			overlay: "homographs: [أرمينيا]\n",
			wantErr: `overlay.yaml:1: invalid gazetteer: homographs: "أرمينيا" is not a form of any entity`,
		},
		{
			name:    "validates references of the merged result",
			overlay: "people:\n  - id: p\n    country: XX\n    names: [فلان الفلاني]\n",
			wantErr: `overlay.yaml:2: invalid gazetteer: person "p": country: unknown country id "XX"`,
		},
		{
			name:    "refuses a change of kind",
			overlay: "groups:\n  - id: AZ\n    names: [مجموعة]\n",
			wantErr: `overrides country "AZ"`,
		},
		{
			name:    "finds collisions across files",
			overlay: "countries:\n  - id: AM\n    names: [أرمينيا, باكو]\n",
			wantErr: `also a form of country "AZ" (testdata/small.yaml:3)`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ov, err := Parse(strings.NewReader(tc.overlay), "overlay.yaml")
			require.NoError(t, err, "an overlay parses on its own")
			m, err := Merge(base, ov)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			tc.check(t, m)
		})
	}
	_, err := Merge(nil, base)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestLoadFileMissing(t *testing.T) {
	_, err := LoadFile("testdata/no-such-file.yaml")
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), "testdata/no-such-file.yaml")
}

// The real gazetteer at the repository root loads and validates.
func TestLoadRepositoryGazetteer(t *testing.T) {
	g := loadRepo(t)
	assert.NotEmpty(t, g.ByKind(Country))
}

func loadRepo(t testing.TB) *Gazetteer {
	t.Helper()
	if _, err := os.Stat("../gazetteer.yaml"); err != nil {
		t.Skip("../gazetteer.yaml not present yet")
	}
	g, err := LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	return g
}

func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/bad/*.yaml")
	seeds = append(seeds, "testdata/small.yaml")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte("countries: [[[[[[]]]]]]"))
	f.Add([]byte("a: &a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Load(bytes.NewReader(data), "fuzz.yaml")
		if err != nil {
			require.Nil(t, g)
			require.Contains(t, err.Error(), "fuzz.yaml")
			return
		}
		for _, e := range g.Entities {
			require.NotEmpty(t, e.ID)
			require.NotEmpty(t, e.Names)
			got, ok := g.Lookup(e.ID)
			require.True(t, ok)
			require.Same(t, e, got)
		}
		_, err = NewTagger(g, arabic.NewNormalizer(arabic.DefaultOptions()))
		require.NoError(t, err)
	})
}

// TestLoadPositionedErrors: a broken gazetteer is refused with the line of
// the fault as FILE:LINE:, for faults in the text (invalid UTF-8, control
// characters) and in the YAML (a mis-indented key at its own line).
func TestLoadPositionedErrors(t *testing.T) {
	const head = "countries:\n  - id: XX\n    en: Xland\n"
	for _, tc := range []struct {
		name, in string
		sentinel error
		want     string
	}{
		{"invalid UTF-8", head + "    names: [أ\xffب]\n", ErrSyntax, "gazetteer g.yaml:4: invalid YAML: invalid UTF-8 (byte 0xFF at column 14)"},
		{"control character", head + "    names: [أب\x07]\n", ErrSyntax, "gazetteer g.yaml:4: invalid YAML: control character U+0007 at column 15"},
		{"escape sequence", "countries:\n  - id: XX\n    en: \x1b[8mX\n    names: [أب]\n", ErrSyntax, "gazetteer g.yaml:3: invalid YAML: control character U+001B at column 9"},
		{"mis-indented key", head + "   names: [أب]\n", ErrSyntax, "gazetteer g.yaml:4: invalid YAML: did not find expected '-' indicator"},
		{"mis-indented entry", head + "    names: [أب]\n - id: YY\n", ErrSyntax, "gazetteer g.yaml:5: invalid YAML"},
		{"unclosed list", head + "    names: [أب\n", ErrSyntax, "gazetteer g.yaml:4: invalid YAML"},
		{"a 16 MB list of one-letter items", "countries: [" + strings.Repeat("a,", 8<<20-8) + "a]\n", ErrLimit, "gazetteer g.yaml:1: input exceeds a limit: more than 1000000 YAML nodes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(strings.NewReader(tc.in), "g.yaml")
			require.Error(t, err)
			assert.Nil(t, g)
			assert.ErrorIs(t, err, tc.sentinel)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// BenchmarkParseNodeBomb: a 16 MB list of one-letter items is refused
// before the YAML parser builds its nodes (milliseconds and a few
// allocations, not seconds and gigabytes).
func BenchmarkParseNodeBomb(b *testing.B) {
	data := []byte("countries: [" + strings.Repeat("a,", 8<<20-8) + "a]\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data), "bomb.yaml"); !errors.Is(err, ErrLimit) {
			b.Fatal(err)
		}
	}
}
