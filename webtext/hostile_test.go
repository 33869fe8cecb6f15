package webtext

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestLoadRulesHostile: oversized, deeply nested, aliased or mistyped rules
// files are errors naming the file, never a hang or a panic.
func TestLoadRulesHostile(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'j'; i++ {
		p := string(i - 1)
		bomb += string(i) + ": &" + string(i) + " [*" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + "]\n"
	}
	tests := []struct {
		name  string
		input io.Reader
		want  string
	}{
		{"100 MB", io.LimitReader(spaces{}, 100<<20), "larger than"},
		{"alias bomb", strings.NewReader(bomb), "hostile.yaml"},
		{"10,000 levels of nesting", strings.NewReader("trailing_lines: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000)), "hostile.yaml"},
		{"wrong type", strings.NewReader("max_trailing_lines: many\n"), "line 1"},
		{"duplicate key", strings.NewReader("max_trailing_lines: 3\nmax_trailing_lines: 4\n"), "line 2"},
		{"unknown field", strings.NewReader("max_trailing_lines: 3\nlines: [x]\n"), "line 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := LoadRules(tc.input, "hostile.yaml")
			require.Error(t, err)
			assert.Nil(t, rs)
			assert.Contains(t, err.Error(), "hostile.yaml")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// FuzzLoadRules: LoadRules never panics, and rules that load find chrome
// inside the text, never all of it.
func FuzzLoadRules(f *testing.F) {
	f.Add(ChromeYAML(), []byte("نص .Editor/X\nتعليق\n"))
	f.Add([]byte("max_trailing_lines: 2\ntrailing_lines: ['.*']\ntrailing_line_ends: ['.$']\n"), []byte("a\nb\nc"))
	f.Fuzz(func(t *testing.T, yml, text []byte) {
		rs, err := LoadRules(bytes.NewReader(yml), "fuzz.yaml")
		if err != nil {
			require.Nil(t, rs)
			require.Contains(t, err.Error(), "fuzz.yaml")
			return
		}
		got := rs.ChromeStart(text)
		require.True(t, 0 <= got && got <= len(text))
		if got < len(text) {
			require.NotEmpty(t, bytes.TrimSpace(text[:got]), "chrome never swallows the whole text")
		}
	})
}
