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
		{"wrong type", strings.NewReader("max_trailing_lines: many\n"), "hostile.yaml:1: schema violation: cannot unmarshal"},
		{"duplicate key", strings.NewReader("max_trailing_lines: 3\nmax_trailing_lines: 4\n"), "hostile.yaml:2:"},
		{"unknown field", strings.NewReader("max_trailing_lines: 3\nlines: [x]\n"), "hostile.yaml:2:"},
		{"invalid UTF-8", strings.NewReader("max_trailing_lines: 3\ntrailing_lines: ['\xff']\n"), "hostile.yaml:2: invalid YAML: invalid UTF-8"},
		{"control character", strings.NewReader("max_trailing_lines: 3\n\ntrailing_lines: ['\x1b[2J']\n"), "hostile.yaml:3: invalid YAML: control character U+001B"},
		{"mis-indented key", strings.NewReader("trailing_lines:\n  - a\n  - b\n max_trailing_lines: 3\n"), "hostile.yaml:4: invalid YAML"},
		{"a quarter of a million nodes", strings.NewReader("trailing_lines: [" + strings.Repeat("a,", 1<<18) + "a]\n"), "hostile.yaml:1: input exceeds a limit: more than 100000 YAML nodes"},
		{"bad pattern on its line", strings.NewReader("max_trailing_lines: 3\ntrailing_lines:\n  - a\n  - '('\n"), "hostile.yaml:4: schema violation: trailing_lines[1]"},
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
// inside the text, never all of it; a short line's chrome is where the
// line-end regexp alone finds it.
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
		// The line-end search, which may start at a leading literal, finds
		// what the regexp finds on the line's searched part.
		if rs.lineEnd != nil && len(text) <= maxLineEnd && !bytes.ContainsAny(text, "\n\r") {
			off, ok := rs.findLineEnd(text)
			loc := rs.lineEnd.FindIndex(text)
			require.Equal(t, loc != nil, ok)
			if ok {
				require.Equal(t, loc[0], off)
			}
		}
		// The whole-line check, which may skip the regexp by the line's
		// first rune, says what the regexp says.
		if trimmed := bytes.TrimSpace(text); rs.line != nil && len(trimmed) > 0 {
			require.Equal(t, rs.line.Match(trimmed), rs.wholeLine(trimmed))
		}
		if got < len(text) {
			require.NotEmpty(t, bytes.TrimSpace(text[:got]), "chrome never swallows the whole text")
		}
	})
}
