package consistency_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// Flags of TestDisplaceDiagnose.
var (
	displaceDiag   = flag.String("displace.diag", "", "TestDisplaceDiagnose: seeds of the draws to read, comma-separated")
	displaceKinds  = flag.String("displace.kinds", "repeated", "TestDisplaceDiagnose: kinds drawn, comma-separated")
	displaceShow   = flag.Int("displace.show", 0, "TestDisplaceDiagnose: show this many drawn texts whose displaced participant has no anchor")
	displaceShowFP = flag.Int("displace.fp", 0, "TestDisplaceDiagnose: show this many drawn texts with a clean pair the rival weights score 0.8 or more")
)

// TestDisplaceDiagnose (with -displace.diag=SEEDS) draws repeated swaps
// from the own releases, the development set and the house styles and
// logs, totals only, how the participants were read: right, the swapped-in
// state a third party beside the one it displaced, the swapped-in state in
// the displaced one's place, or wrong otherwise; and, for the swapped-in
// state read as a party, the notes of its evidence. For every reading of
// two parties it also weighs each participant against each state easily
// mistaken for it that has evidence (consistency.PairRivals) and counts
// the pairs by whether the rival is the participant displaced, by the two
// states' anchors, and by how often each is named.
func TestDisplaceDiagnose(t *testing.T) {
	if *displaceDiag == "" {
		t.Skip("-displace.diag")
	}
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	var rs []slips.Release
	for _, dir := range []string{"../testdata/releases", roleFitDev, "../testdata/styles"} {
		if _, err := os.Stat(dir); err != nil {
			continue // the development set is not distributed
		}
		r, err := slips.LoadReleases(dir)
		require.NoError(t, err)
		rs = append(rs, r...)
	}
	gen, _ := slipGenerator(t)
	cases := map[string]int{}
	notes := map[string]int{}
	for _, sd := range strings.Split(*displaceDiag, ",") {
		var seed uint64
		_, err := fmt.Sscan(sd, &seed)
		require.NoError(t, err)
		ss, err := gen.Draw(rs, slipKinds(*displaceKinds), 100, seed)
		require.NoError(t, err)
		for _, s := range ss {
			gold := map[string]bool{}
			for _, p := range s.Labels.Participants {
				gold[strings.ToUpper(p)] = true
			}
			x := ""
			for _, l := range s.Labels.Conflicts {
				if l.Injected {
					x = strings.ToUpper(l.Entity)
				}
			}
			rep, err := c.Check(s.Text)
			require.NoError(t, err)
			var got []string
			var xev []string
			for _, p := range rep.Participants {
				got = append(got, p.ID)
				if p.ID == x {
					for _, e := range p.Evidence {
						xev = append(xev, e.Note)
					}
				}
			}
			nGold := 0
			for _, g := range got {
				if gold[g] {
					nGold++
				}
			}
			var k string
			switch {
			case nGold == len(gold) && len(got) == len(gold):
				k = "right"
			case slices.Contains(got, x) && nGold == len(gold):
				k = fmt.Sprintf("third (%d parts)", len(got))
			case slices.Contains(got, x):
				k = fmt.Sprintf("in place (%d parts, %d gold)", len(got), nGold)
			default:
				k = fmt.Sprintf("other (%d parts, %d gold)", len(got), nGold)
			}
			cases[k]++
			for _, r := range consistency.PairRivals(c, s.Text) {
				kind := "clean pair"
				if gold[r.Rival] && !gold[r.Part] {
					kind = "displaced"
				}
				an := "rival unanchored"
				if r.RivalStrict > 0 {
					an = "rival strict"
				} else if r.RivalLoose > 0 {
					an = "rival loose"
				}
				pa := "part anchored"
				if r.PartLoose == 0 {
					pa = "part unanchored"
				}
				sc := "score<.5"
				if r.Score >= 0.8 {
					sc = "score>=.8"
				} else if r.Score >= 0.5 {
					sc = "score .5-.8"
				}
				cases[fmt.Sprintf("row %s: %s, %s, %s", kind, pa, an, sc)]++
				if kind == "clean pair" && r.Score >= 0.8 && *displaceShowFP > 0 {
					*displaceShowFP--
					t.Logf("FP part=%s rival=%s score %.2f gold %v\n%s\n", r.Part, r.Rival, r.Score, s.Labels.Participants, s.Text)
				}
				if kind == "displaced" && r.RivalLoose == 0 && *displaceShow > 0 {
					*displaceShow--
					t.Logf("X=%s P=%s score %.2f\n%s\n", r.Part, r.Rival, r.Score, s.Text)
				}
				if kind == "displaced" {
					cases[fmt.Sprintf("row displaced named part %d rival %d (acting %d/%d)", min(r.PartNamed, 5), min(r.RivalNamed, 5), min(r.PartActing, 5), min(r.RivalActing, 5))]++
				}
			}
			if slices.Contains(got, x) {
				slices.Sort(xev)
				xev = slices.Compact(xev)
				for _, n := range xev {
					notes[k+": "+n]++
				}
			}
		}
	}
	var b strings.Builder
	for _, m := range []map[string]int{cases, notes} {
		keys := slices.Collect(mapKeys(m))
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-70s %d\n", k, m[k])
		}
		b.WriteString("\n")
	}
	t.Logf("\n%s", b.String())
}

func slipKinds(s string) []slips.Kind {
	var out []slips.Kind
	for _, k := range strings.Split(s, ",") {
		out = append(out, slips.Kind(k))
	}
	return out
}
