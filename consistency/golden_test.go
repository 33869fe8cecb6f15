package consistency_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
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
			require.Equal(t, string(want), string(got))

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
