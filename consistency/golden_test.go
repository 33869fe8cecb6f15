package consistency_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/golden")

// TestGoldenReports compares the full JSON report of each release with its
// golden file (go test ./consistency -run TestGoldenReports -update rewrites
// them; review the diff before committing).
func TestGoldenReports(t *testing.T) {
	for _, name := range []string{"azerbaijan-2026-01-28"} {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("..", "testdata", "releases", name+".txt"))
			require.NoError(t, err)
			rep, err := mustChecker(t).Check(text)
			require.NoError(t, err)
			rep.File = name + ".txt"
			got, err := json.MarshalIndent(rep, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".report.json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "golden file missing: run with -update")
			if !bytes.Equal(want, got) {
				t.Fatalf("report differs from %s (run with -update and review the diff):\n%s", golden, firstDiff(string(want), string(got)))
			}

			// The same input gives the same bytes.
			again, err := mustChecker(t).Check(text)
			require.NoError(t, err)
			again.File = rep.File
			b, err := json.MarshalIndent(again, "", "  ")
			require.NoError(t, err)
			require.True(t, bytes.Equal(got[:len(got)-1], b), "report is deterministic")
		})
	}
}

// firstDiff shows the first differing line of two texts with a little
// context, instead of both texts whole.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			from := max(0, i-3)
			return fmt.Sprintf("line %d:\n  context: %s\n  want:    %s\n  got:     %s",
				i+1, strings.Join(g[from:i], " | "), a, b)
		}
	}
	return "(no difference)"
}
