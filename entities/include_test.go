package entities

import (
	"bytes"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const incMain = `include: [people/europe.yaml]
countries:
  - id: FR
    en: France
    names: [فرنسا]
`

const incEurope = `people:
  - id: fr-hos
    en: Emmanuel Macron
    country: FR
    office: head-of-state
    names: [إيمانويل ماكرون]
    surname: [ماكرون]
    from: 2017-05-14
    source: Wikidata Q3052772
`

// TestIncludeReadsFolder: an included file's entries count as the
// including file's, with their own file and line, and the source field is
// kept.
func TestIncludeReadsFolder(t *testing.T) {
	fsys := fstest.MapFS{
		"g.yaml":             {Data: []byte(incMain)},
		"people/europe.yaml": {Data: []byte(incEurope)},
	}
	g, err := LoadFS(fsys, "g.yaml")
	require.NoError(t, err)
	e, ok := g.Lookup("fr-hos")
	require.True(t, ok)
	assert.Equal(t, "people/europe.yaml:2", e.Source)
	assert.Equal(t, "Wikidata Q3052772", e.Provenance)
	assert.Equal(t, "FR", e.Country)
}

func TestIncludeRefused(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"missing file", fstest.MapFS{"g.yaml": {Data: []byte(incMain)}}, "people/europe.yaml"},
		{"outside the folder", fstest.MapFS{"g.yaml": {Data: []byte("include: [../x.yaml]\n")}}, "outside"},
		{"cycle", fstest.MapFS{
			"g.yaml": {Data: []byte("include: [h.yaml]\n")},
			"h.yaml": {Data: []byte("include: [g.yaml]\n")},
		}, "includes itself"},
		{"duplicate id across files", fstest.MapFS{
			"g.yaml":             {Data: []byte(incMain + "people:\n  - id: fr-hos\n    en: X\n    country: FR\n    names: [س]\n")},
			"people/europe.yaml": {Data: []byte(incEurope)},
		}, "duplicate id"},
		{"included file's syntax error names that file", fstest.MapFS{
			"g.yaml":             {Data: []byte(incMain)},
			"people/europe.yaml": {Data: []byte("people: [\n")},
		}, "people/europe.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadFS(tt.fsys, "g.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestParseReaderRefusesInclude: a reader has no folder to include from.
func TestParseReaderRefusesInclude(t *testing.T) {
	_, err := Parse(bytes.NewReader([]byte(incMain)), "g.yaml")
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrInclude))
	assert.Contains(t, err.Error(), "g.yaml:1")
	// without an include section a reader is fine
	_, err = Parse(bytes.NewReader([]byte(incEurope)), "e.yaml")
	require.NoError(t, err)
}
