package consistency_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// Where the gold country slips of a labelled set go: TestConflictMisses
// runs the checker over labelled sets and puts every gold conflict in one
// of four outcomes, totals only (it prints no text, no release name), so
// that it can be run on sets that may be read only in aggregate:
//
//	found      a country conflict at DefaultMinConfidence or more covers it
//	pattern    a conflict pattern judged it, below DefaultMinConfidence
//	           (a finding under the CLI's default, or a judgement under the
//	           library's floor): the feature with the smallest factor is
//	           what pulled it down ("base" when the pattern's own confidence
//	           was the lowest)
//	role       the role scorer read it (a participant-like position) and
//	           scored it below its threshold
//	never      no stage judged it: the mention is not tagged, the
//	           participants are wrong, or the mention was given another
//	           role (the report's: participant, third-party, topic, context)
//	           without a pattern or the role scorer reading it
//
//	go test ./consistency -run TestConflictMisses -v -misses ../testdata/heldout7,../../shared/eval/dev
//	go test ./consistency -run TestConflictMisses -v -misses.draw 1,2 -misses.n 100
//
// Paths are relative to the consistency folder. -misses.draw draws slips
// (all kinds, styled ones included) from testdata/releases and the
// development set with the seeds given. Without flags the test runs one
// small seeded draw and checks the classification against the scorer.
var (
	missesSets  = flag.String("misses", "", "labelled sets (folders with labels.json), comma-separated, for TestConflictMisses")
	missesDraws = flag.String("misses.draw", "", "seeds of slip draws, comma-separated, for TestConflictMisses")
	missesN     = flag.Int("misses.n", 100, "releases per slip draw for TestConflictMisses")
)

// goldSlip is one gold country conflict with what the labels say of it.
type goldSlip struct {
	start, end  int
	kind, place string
}

// labelledText is one labelled release: its text, labels and slips.
type labelledText struct {
	text   []byte
	labels slips.Labels
	gold   []goldSlip
}

// loadLabelled reads every release labels.json lists in dir, with the
// labels' kind and place of each conflict (the held-out sets carry them).
func loadLabelled(dir string) ([]labelledText, error) {
	lp := filepath.Join(dir, "labels.json")
	b, err := os.ReadFile(lp)
	if err != nil {
		return nil, fmt.Errorf("misses: %w", err)
	}
	var labels map[string]slips.Labels
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("misses: %s: %w", lp, err)
	}
	var extra map[string]struct {
		Conflicts []struct{ Kind, Place string } `json:"conflicts"`
	}
	if err := json.Unmarshal(b, &extra); err != nil {
		return nil, fmt.Errorf("misses: %s: %w", lp, err)
	}
	var out []labelledText
	for _, n := range slices.Sorted(mapKeys(labels)) {
		text, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("misses: %w", err)
		}
		l := labels[n]
		lt := labelledText{text: text, labels: l}
		for i, c := range l.Conflicts {
			a, e, err := slips.Locate(text, c.At, max(c.N, 1))
			if err != nil {
				return nil, fmt.Errorf("misses: %s: %s: %w", lp, n, err)
			}
			g := goldSlip{start: a, end: e}
			if x := extra[n].Conflicts; i < len(x) {
				g.kind, g.place = x[i].Kind, x[i].Place
			}
			lt.gold = append(lt.gold, g)
		}
		out = append(out, lt)
	}
	return out, nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// missTally counts outcomes: outcome → detail → count, and the same per
// kind and per place.
type missTally struct {
	gold    int
	by      map[string]map[string]int
	byKind  map[string]map[string]int
	byPlace map[string]map[string]int
	// kindDetail and placeDetail count each kind's and each marked
	// place's outcomes with their details
	kindDetail, placeDetail map[string]map[string]int
}

func newMissTally() *missTally {
	return &missTally{by: map[string]map[string]int{}, byKind: map[string]map[string]int{}, byPlace: map[string]map[string]int{},
		kindDetail: map[string]map[string]int{}, placeDetail: map[string]map[string]int{}}
}

func bump(m map[string]map[string]int, a, b string) {
	if m[a] == nil {
		m[a] = map[string]int{}
	}
	m[a][b]++
}

// slipGenerator is the slip generator over the default gazetteer and
// confusability table, and that table.
func slipGenerator(t *testing.T) (*slips.Generator, *confusable.Table) {
	t.Helper()
	g, err := nazir.DefaultGazetteer()
	require.NoError(t, err)
	tab, err := confusable.Default()
	require.NoError(t, err)
	gen, err := slips.New(g, tab)
	require.NoError(t, err)
	return gen, tab
}

// foundOfAll is the count of outcome "found" and of every outcome.
func foundOfAll(by map[string]map[string]int) (found, all int) {
	for o := range by {
		all += outcomeTotal(by, o)
	}
	return outcomeTotal(by, "found"), all
}

// outcomeTotal is an outcome's count over all its details.
func outcomeTotal(by map[string]map[string]int, o string) (n int) {
	for _, v := range by[o] {
		n += v
	}
	return n
}

// detailList is ": detail n; detail n" for an outcome's details, sorted
// as written, or "" when it has none.
func detailList(details map[string]int) string {
	var ds []string
	for d, v := range details {
		ds = append(ds, fmt.Sprintf("%s %d", d, v))
	}
	if len(ds) == 0 {
		return ""
	}
	sort.Strings(ds)
	return ": " + strings.Join(ds, "; ")
}

// countList is " key n;" for every key of m in order.
func countList(m map[string]int) string {
	var b strings.Builder
	for _, k := range slices.Sorted(mapKeys(m)) {
		fmt.Fprintf(&b, " %s %d;", k, m[k])
	}
	return b.String()
}

// factorNote reads a feature's name and factor in a finding's evidence
// note ("confusable ×0.88 (…)").
var factorNote = regexp.MustCompile(`(?:^|; )([a-z][a-z-]*) ×([0-9.]+)`)

// weakestOf is the feature with the smallest factor, "base" when the
// pattern's confidence is smaller than every factor.
func weakestOf(base float64, fs []consistency.DroppedFeature) string {
	name, low := "base", base
	for _, f := range fs {
		if f.Factor < low {
			name, low = f.Name, f.Factor
		}
	}
	return name
}

// roleScoreOf is the committed role scorer's score of x.
func roleScoreOf(x []float64) float64 {
	bias, w := consistency.RoleWeights()
	z := bias
	for i, v := range x {
		z += w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// classify puts each gold slip of one release in its outcome and returns
// the outcomes in gold order ("found", "pattern", "role" or "never") with
// their details.
func classify(c *consistency.Checker, lt labelledText) (outcome, detail []string) {
	rep, roles, dropped := consistency.Trace(c, lt.text)
	var conf []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind == "country-conflict" {
			conf = append(conf, f)
		}
	}
	// found: the scorer's matching (slips.Score): the first unused finding
	// at the default confidence that overlaps
	used := make([]bool, len(conf))
	partsOK := sameParts(lt.labels.Participants, rep)
	for _, g := range lt.gold {
		over := func(s, e int) bool { return g.start < e && s < g.end }
		hit := -1
		for i, f := range conf {
			if !used[i] && f.Confidence >= consistency.DefaultMinConfidence && over(f.Start, f.End) {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			outcome, detail = append(outcome, "found"), append(detail, conf[hit].Rule)
			continue
		}
		// a finding under the default: its evidence's weakest factor
		best, why := -1.0, ""
		for _, f := range conf {
			if f.Confidence >= consistency.DefaultMinConfidence || !over(f.Start, f.End) || f.Confidence <= best {
				continue
			}
			var fs []consistency.DroppedFeature
			base := f.Confidence
			for _, e := range f.Evidence {
				for _, m := range factorNote.FindAllStringSubmatch(e.Note, -1) {
					v, err := strconv.ParseFloat(m[2], 64)
					if err == nil {
						fs = append(fs, consistency.DroppedFeature{Name: m[1], Factor: v})
						base /= v
					}
				}
			}
			best, why = f.Confidence, weakestOf(base, fs)+" (under the default)"
		}
		for _, d := range dropped {
			if !over(d.Start, d.End) {
				continue
			}
			p := d.Base
			for _, f := range d.Features {
				p *= f.Factor
			}
			if p > best {
				best, why = p, weakestOf(d.Base, d.Features)
			}
		}
		if best >= 0 {
			outcome, detail = append(outcome, "pattern"), append(detail, why)
			continue
		}
		score := -1.0
		for _, r := range roles {
			if r.Positioned && over(r.Start, r.End) {
				score = max(score, roleScoreOf(r.X))
			}
		}
		if score >= 0 {
			bucket := "under 0.2"
			switch {
			case score >= 0.4:
				bucket = "0.4 to the threshold"
			case score >= 0.2:
				bucket = "0.2 to 0.4"
			}
			outcome, detail = append(outcome, "role"), append(detail, bucket)
			continue
		}
		role := "untagged"
		for _, m := range rep.Mentions.All() {
			if over(m.Start, m.End) && m.Kind != "person" {
				role = "judged " + m.Role
				break
			}
		}
		if role != "untagged" && !partsOK {
			role = "participants wrong, " + role
		}
		for _, r := range roles {
			if over(r.Start, r.End) {
				role += " (read by the role scorer, unpositioned)"
				break
			}
		}
		outcome, detail = append(outcome, "never"), append(detail, role)
	}
	return outcome, detail
}

// sameParts says whether the report's participants, or one of its
// bilateral scopes', are the labels'.
func sameParts(want []string, rep *consistency.Report) bool {
	key := func(ids []string) string {
		x := make([]string, len(ids))
		for i, id := range ids {
			x[i] = strings.ToUpper(id)
		}
		sort.Strings(x)
		return strings.Join(x, ",")
	}
	var have []string
	for _, p := range rep.Participants {
		have = append(have, p.ID)
	}
	if key(have) == key(want) {
		return true
	}
	for _, s := range rep.Scopes {
		if s.Kind == "bilateral" && key(s.Participants) == key(want) {
			return true
		}
	}
	return false
}

// tallyMisses classifies every gold slip of the releases.
func tallyMisses(c *consistency.Checker, lts []labelledText) *missTally {
	t := newMissTally()
	for _, lt := range lts {
		out, det := classify(c, lt)
		for i, g := range lt.gold {
			t.gold++
			bump(t.by, out[i], det[i])
			if g.kind != "" {
				bump(t.byKind, g.kind, out[i])
				bump(t.kindDetail, g.kind, out[i]+": "+det[i])
			}
			switch {
			case g.place != "":
				bump(t.byPlace, g.place, out[i])
				bump(t.placeDetail, g.place, out[i]+": "+det[i])
			case g.kind != "":
				bump(t.byPlace, "(unmarked)", out[i])
			}
		}
	}
	return t
}

// String writes the tally as a few lines: the outcomes with their
// details, then per kind and per place.
func (t *missTally) String() string {
	var b strings.Builder
	for _, o := range []string{"found", "pattern", "role", "never"} {
		fmt.Fprintf(&b, "  %-8s %3d of %d%s\n", o, outcomeTotal(t.by, o), t.gold, detailList(t.by[o]))
	}
	for _, by := range []struct {
		name string
		m    map[string]map[string]int
	}{{"kind", t.byKind}, {"place", t.byPlace}} {
		for _, k := range slices.Sorted(mapKeys(by.m)) {
			o := by.m[k]
			fmt.Fprintf(&b, "  %s %-22s found %d, pattern %d, role %d, never %d\n", by.name, k, o["found"], o["pattern"], o["role"], o["never"])
		}
	}
	for _, by := range []map[string]map[string]int{t.kindDetail, t.placeDetail} {
		for _, k := range slices.Sorted(mapKeys(by)) {
			var ds []string
			for _, d := range slices.Sorted(mapKeys(by[k])) {
				if !strings.HasPrefix(d, "found") {
					ds = append(ds, fmt.Sprintf("%s %d", d, by[k][d]))
				}
			}
			if len(ds) > 0 {
				fmt.Fprintf(&b, "  missed %-20s %s\n", k, strings.Join(ds, "; "))
			}
		}
	}
	return b.String()
}

// drawLabelled draws n slipped releases with seed from testdata/releases
// and the development set, every kind (styled ones included).
func drawLabelled(t *testing.T, seed uint64, n int) []labelledText {
	t.Helper()
	var rs []slips.Release
	for _, dir := range []string{"../testdata/releases", roleFitDev} {
		r, err := slips.LoadReleases(dir)
		require.NoError(t, err)
		rs = append(rs, r...)
	}
	gen, _ := slipGenerator(t)
	ss, err := gen.Draw(rs, append(slices.Clone(slips.Kinds), slips.ExtraKinds...), n, seed)
	require.NoError(t, err)
	var out []labelledText
	for _, s := range ss {
		lt := labelledText{text: s.Text, labels: s.Labels}
		for _, l := range s.Labels.Conflicts {
			a, e, err := slips.Locate(s.Text, l.At, max(l.N, 1))
			require.NoError(t, err, s.Name)
			kind := "own label"
			if l.Injected {
				kind = string(s.Labels.Slip)
			}
			lt.gold = append(lt.gold, goldSlip{start: a, end: e, kind: kind})
		}
		out = append(out, lt)
	}
	return out
}

// TestConflictMisses classifies the gold slips of the sets -misses and
// -misses.draw name and logs the totals. Without them it draws 60 slipped
// releases with seed 3 and checks that the classification agrees with the
// scorer: as many found as slips.Score counts, every slip in one outcome.
func TestConflictMisses(t *testing.T) {
	needDev(t)
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	if *missesSets == "" && *missesDraws == "" {
		lts := drawLabelled(t, 3, 60)
		tally := tallyMisses(c, lts)
		var ss []slips.Slip
		var res []slips.Result
		for _, lt := range lts {
			rep, err := c.Check(lt.text)
			require.NoError(t, err)
			ss = append(ss, slips.Slip{Text: lt.text, Labels: lt.labels})
			res = append(res, slips.FromReport(slips.Above(rep, consistency.DefaultMinConfidence)))
		}
		sc, err := slips.Score(ss, res)
		require.NoError(t, err)
		found, all := foundOfAll(tally.by)
		assert.Equal(t, sc.Conflicts.TP, found, "found against the scorer's true positives")
		assert.Equal(t, sc.Conflicts.TP+sc.Conflicts.FN, all, "every gold slip in one outcome")
		assert.Positive(t, len(tally.by["pattern"])+len(tally.by["role"])+len(tally.by["never"]), "a draw where nothing is missed tells nothing")
		t.Logf("seed 3, 60 releases:\n%s", tally)
		return
	}
	if *missesSets != "" {
		for _, dir := range strings.Split(*missesSets, ",") {
			lts, err := loadLabelled(dir)
			require.NoError(t, err)
			t.Logf("%s:\n%s", dir, tallyMisses(c, lts))
		}
	}
	if *missesDraws != "" {
		for _, s := range strings.Split(*missesDraws, ",") {
			seed, err := strconv.ParseUint(s, 10, 64)
			require.NoError(t, err)
			t.Logf("draw seed %d, %d releases:\n%s", seed, *missesN, tallyMisses(c, drawLabelled(t, seed, *missesN)))
		}
	}
}
