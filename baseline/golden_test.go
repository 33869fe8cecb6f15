package baseline_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldenReleases are the texts the golden fingerprints are taken in.
var goldenReleases = []string{
	"../testdata/releases/azerbaijan-2026-01-28.txt",
	"../testdata/releases/own-clean-azerbaijan-china.txt",
	"../testdata/releases/own-clean-aid-shipment-qatar-sudan.txt",
}

// fingerprintTable places findings of every kind on every 7th word of
// text (a name variant's mentions are that word and the word two on) and
// lists their fingerprints.
func fingerprintTable(name string, text []byte) string {
	var words [][2]int
	start := -1
	for i, r := range string(text) {
		switch space := unicode.IsSpace(r); {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			words = append(words, [2]int{start, i})
			start = -1
		}
	}
	kinds := []finding.Kind{finding.CountryConflict, finding.WrongGivenName, finding.NameVariant, finding.HiddenControl}
	var b strings.Builder
	for k := 0; k+2 < len(words); k += 7 {
		w, other := words[k], words[k+2]
		kind := kinds[(k/7)%len(kinds)]
		f := finding.Finding{Kind: kind, Start: w[0], End: w[1], Text: string(text[w[0]:w[1]]), Entity: "AF", Expected: "AZ"}
		if kind == finding.NameVariant {
			f.Canonical = f.Text
			f.Mentions = []finding.Span{{Start: w[0], End: w[1], Text: f.Text}, {Start: other[0], End: other[1], Text: string(text[other[0]:other[1]])}}
		}
		fmt.Fprintf(&b, "%s:%d-%d\t%s\t%s\t%s\n", name, f.Start, f.End, kind, f.Text, baseline.Fingerprint(text, &f))
	}
	return b.String()
}

// TestFingerprintGolden holds the fingerprints of findings placed on the
// words of three releases to testdata/fingerprints.golden (-update
// rewrites it): baseline files and settings files record fingerprints, so
// they must not change unless on purpose (and then the file format's
// version with them).
func TestFingerprintGolden(t *testing.T) {
	var got strings.Builder
	for _, p := range goldenReleases {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		got.WriteString(fingerprintTable(filepath.Base(p), text))
	}
	const golden = "testdata/fingerprints.golden"
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(got.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run with -update to write it")
	require.Equal(t, string(want), got.String())
}

func BenchmarkFingerprint(b *testing.B) {
	text, err := os.ReadFile(goldenReleases[0])
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = fingerprintTable("", text)
	}
}
