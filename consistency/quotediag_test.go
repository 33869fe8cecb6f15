package consistency_test

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

var quoteDiagShow = flag.Bool("quotes.show", false, "TestQuoteRepeatDiagnose: also log each missed quoted swap and clean quoted mention of the quoted kind (own texts)")

// featureList writes the features on in x with their contributions.
func featureList(names []string, w, x []float64) string {
	var fs []string
	for i, v := range x {
		if v != 0 {
			fs = append(fs, fmt.Sprintf("%s=%.2g(%+.2f)", names[i], v, v*w[i]))
		}
	}
	return strings.Join(fs, " ")
}

var quoteDiag = flag.Bool("quotes.diag", false, "TestQuoteRepeatDiagnose: mean role features of quoted and repeated swaps against clean quoted and repeated third states")

// TestQuoteRepeatDiagnose (with -quotes.diag) draws swaps inside
// quotations and repeated swaps from the own releases and house styles
// and logs, totals only, their outcomes and the mean role features of
// four groups: the swaps the role scorer read and found, those it read and
// missed, and the clean mentions it read that are quoted, or of a state
// named two times or more (legit third states).
func TestQuoteRepeatDiagnose(t *testing.T) {
	if !*quoteDiag {
		t.Skip("-quotes.diag")
	}
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	var rs []slips.Release
	for _, dir := range []string{"../testdata/releases", "../testdata/styles"} {
		r, err := slips.LoadReleases(dir)
		require.NoError(t, err)
		rs = append(rs, r...)
	}
	gen, _ := slipGenerator(t)
	names := consistency.RoleFeatureNames()
	bias, w := consistency.RoleWeights()
	score := func(x []float64) float64 {
		z := bias
		for i, v := range x {
			z += w[i] * v
		}
		return 1 / (1 + math.Exp(-z))
	}
	for _, kinds := range [][]slips.Kind{{slips.Quoted}, {slips.QuoteSwap, slips.QuoteStyled}, {slips.RepeatedSwap, slips.RepeatedLede}} {
		groups := map[string][][]float64{}
		outcomes := map[string]int{}
		for _, seed := range []uint64{21, 22, 23} {
			ss, err := gen.Draw(rs, kinds, 100, seed)
			require.NoError(t, err)
			for _, s := range ss {
				lt := labelledText{text: s.Text, labels: s.Labels}
				var inj []bool
				for _, l := range s.Labels.Conflicts {
					a, e, err := slips.Locate(s.Text, l.At, max(l.N, 1))
					require.NoError(t, err)
					lt.gold = append(lt.gold, goldSlip{start: a, end: e, kind: string(s.Labels.Slip)})
					inj = append(inj, l.Injected)
				}
				out, det := classify(c, lt)
				for i := range out {
					if inj[i] {
						outcomes[out[i]+": "+det[i]]++
					}
				}
				_, roles, _ := consistency.Trace(c, s.Text)
				for _, r := range roles {
					if !r.Positioned {
						continue
					}
					gi := -1
					for i, g := range lt.gold {
						if g.start < r.End && r.Start < g.end {
							gi = i
						}
					}
					switch {
					case gi >= 0 && inj[gi] && out[gi] == "found":
						groups["slip found"] = append(groups["slip found"], r.X)
					case gi >= 0 && inj[gi]:
						groups["slip missed"] = append(groups["slip missed"], r.X)
						if *quoteDiagShow && kinds[0] == slips.Quoted {
							t.Logf("MISSED %.3f %s: %s\n\t%s", score(r.X), s.Labels.Source, aroundSpan(s.Text, r.Start, r.End), featureList(names, w, r.X))
						}
					case gi < 0 && r.X[9] > 0:
						groups["clean quoted"] = append(groups["clean quoted"], r.X)
						if *quoteDiagShow && kinds[0] == slips.Quoted {
							t.Logf("CLEAN %.3f %s: %s\n\t%s", score(r.X), s.Labels.Source, aroundSpan(s.Text, r.Start, r.End), featureList(names, w, r.X))
						}
					case gi < 0 && r.X[0] == 0:
						groups["clean named 2+"] = append(groups["clean named 2+"], r.X)
					}
				}
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%v outcomes of the injected swaps:\n", kinds)
		keys := slices.Collect(mapKeys(outcomes))
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-60s %d\n", k, outcomes[k])
		}
		gs := []string{"slip found", "slip missed", "clean quoted", "clean named 2+"}
		fmt.Fprintf(&b, "%-20s %8s", "feature (weight)", "")
		for _, g := range gs {
			fmt.Fprintf(&b, " %14s", fmt.Sprintf("%s %d", g, len(groups[g])))
		}
		b.WriteString("\n")
		for f, name := range names {
			fmt.Fprintf(&b, "%-20s %+8.2f", name, w[f])
			for _, g := range gs {
				sum := 0.0
				for _, x := range groups[g] {
					sum += x[f]
				}
				fmt.Fprintf(&b, " %14.2f", sum/float64(max(len(groups[g]), 1)))
			}
			b.WriteString("\n")
		}
		t.Logf("\n%s", b.String())
	}
}
