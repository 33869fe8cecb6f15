package entities

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSourceNames(t *testing.T) {
	const src = `countries:
  - id: CN
    en: China
    names: [الصين]
people:
  - id: cn-wang-yi
    en: Wang Yi
    country: CN
    names: [وانغ يي]
    names_zh: [王毅]
    names_ru: [Ван И]
  - id: cn-other
    en: Other
    country: CN
    names: [آخر]
`
	g, err := Load(strings.NewReader(src), "src.yaml")
	require.NoError(t, err)
	w, _ := g.Lookup("cn-wang-yi")
	assert.Equal(t, map[string][]string{"zh": {"王毅"}, "ru": {"Ван И"}}, w.SourceNames)
	o, _ := g.Lookup("cn-other")
	assert.Nil(t, o.SourceNames, "no names_* fields: nil")

	for _, bad := range []struct{ yaml, want string }{
		{"people:\n  - id: p\n    country: CN\n    names: [x]\n    names_zh: 王毅\n", "src.yaml:5"},
		{"people:\n  - id: p\n    country: CN\n    names: [x]\n    names_de: [Wang]\n", `unknown field "names_de"`},
		{"countries:\n  - id: CN\n    names: [x]\n    names_zh: [中国]\n", `unknown field "names_zh"`},
	} {
		_, err := Parse(strings.NewReader(bad.yaml), "src.yaml")
		require.Error(t, err, bad.yaml)
		assert.True(t, errors.Is(err, ErrSchema), err)
		assert.Contains(t, err.Error(), bad.want)
	}
}
