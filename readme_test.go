package nazir_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadmeSnippet: the README's library snippet is the body of Example
// (which runs it on the bundled release), line for line.
func TestReadmeSnippet(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	const marker = "<!-- The body of Example in example_test.go"
	_, after, ok := strings.Cut(string(readme), marker)
	require.True(t, ok, "README.md has no snippet marker %q", marker)
	_, block, ok := strings.Cut(after, "```go\n")
	require.True(t, ok)
	block, _, ok = strings.Cut(block, "```")
	require.True(t, ok)

	src, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	_, body, ok := strings.Cut(string(src), "// README:begin\n")
	require.True(t, ok)
	body, _, ok = strings.Cut(body, "\t// README:end")
	require.True(t, ok)
	var lines []string
	for _, l := range strings.SplitAfter(body, "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	require.Equal(t, strings.Join(lines, ""), block, "README.md's library snippet and Example in example_test.go differ")
}
