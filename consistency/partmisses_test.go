package consistency_test

import (
	"flag"
	"fmt"
	"path/filepath"
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

// Where the participants of a labelled set go wrong: TestParticipantMisses
// reads every readout whose labels give a pair (not a meeting of several)
// and puts it in one outcome, totals only per writer (no text, no release
// name), so that it can be run on sets that may be read only in aggregate:
//
//	ok                 the report's participants (or a bilateral scope's)
//	                   are the labels'
//	none:…             no pair was read: no-word (no contact or
//	                   counterpart word at all), governed (only a contact
//	                   word a future or purpose word governs),
//	                   after-window (the first contact reported lies after
//	                   the contact window), announced (a lede sentence
//	                   announces a contact, which makes the text none,
//	                   although a contact is reported in the window),
//	                   parties<2 (a contact, but fewer than two states act
//	                   with lede-level evidence), other; with :speech
//	                   when the lede reports a speech delivered, :home
//	                   when the dateline's state is one of the pair, and
//	                   top=gold when the two best states that act are
//	                   the pair
//	multi:…            a meeting of several was read: by-titles (three
//	                   states strong by title in the lede), triple, group,
//	                   word, listed; slip-in when a state the labels'
//	                   conflicts name is one of its parties
//	pair:goldN:…       a pair with N of the two gold states; slip-in when
//	                   the other is a state the labels' conflicts name (a
//	                   translation's swap taken as a participant), and
//	                   confusable when it is easily mistaken for the gold
//	                   state it replaced
//
//	go test ./consistency -run TestParticipantMisses -v -partmisses ../testdata/heldout8,../../shared/eval/dev
//	go test ./consistency -run TestParticipantMisses -v -partmisses.draw 1,2 -partmisses.n 300
//
// Paths are relative to the consistency folder. -partmisses.draw draws
// slips of every kind from the own labelled sets and the development set.
// Without flags the test reads the own releases and one small draw and
// checks that every readout is put in exactly one outcome.
var (
	partMissSets  = flag.String("partmisses", "", "labelled sets (folders with labels.json), comma-separated, for TestParticipantMisses")
	partMissDraws = flag.String("partmisses.draw", "", "seeds of slip draws, comma-separated, for TestParticipantMisses")
	partMissN     = flag.Int("partmisses.n", 300, "releases per slip draw for TestParticipantMisses")
)

// partOutcome puts one readout whose labels give a pair in its outcome.
func partOutcome(c *consistency.Checker, tab *confusable.Table, r slips.Release) (string, error) {
	rep, err := c.Check(r.Text)
	if err != nil {
		return "", fmt.Errorf("%s: %w", r.Name, err)
	}
	if sameParts(r.Labels.Participants, rep) {
		return "ok", nil
	}
	var want, have []string
	for _, p := range r.Labels.Participants {
		want = append(want, strings.ToUpper(p))
	}
	for _, p := range rep.Participants {
		have = append(have, strings.ToUpper(p.ID))
	}
	slipIn := map[string]bool{}
	for _, cf := range r.Labels.Conflicts {
		slipIn[strings.ToUpper(cf.Entity)] = true
	}
	tr := consistency.PartTrace(c, r.Text)
	multi := false
	for _, s := range rep.Scopes {
		if s.Kind == "multilateral" && s.Start == 0 {
			multi = true
		}
	}
	switch {
	case multi:
		why := "by-titles"
		switch {
		case tr.Triple:
			why = "triple"
		case tr.Group:
			why = "group"
		case tr.Word:
			why = "word"
		case tr.Listed:
			why = "listed"
		}
		for _, h := range have {
			if slipIn[h] && !slices.Contains(want, h) {
				return "multi:" + why + ":slip-in", nil
			}
		}
		return "multi:" + why, nil
	case len(have) == 0:
		why := "other"
		switch {
		case tr.WordSent < 0:
			why = "no-word"
		case tr.ContactSent < 0:
			why = "governed"
		case tr.AnnounceSent >= 0 && tr.ContactSent <= tr.WindowSent:
			why = "announced"
		case tr.ContactSent > tr.WindowSent:
			why = "after-window"
		case len(tr.Parties) < 2:
			why = "parties<2"
		}
		if tr.Speech {
			why += ":speech"
		}
		if tr.Home != "" && slices.Contains(want, tr.Home) {
			why += ":home"
		}
		top := slices.Clone(tr.Parties[:min(2, len(tr.Parties))])
		sort.Strings(top)
		sort.Strings(want)
		if slices.Equal(top, want) {
			why += ":top=gold"
		}
		return "none:" + why, nil
	}
	gold, out := 0, ""
	for _, h := range have {
		if slices.Contains(want, h) {
			gold++
		} else if slipIn[h] {
			out = h
		}
	}
	k := "pair:gold" + strconv.Itoa(gold)
	if out != "" {
		k += ":slip-in"
		for _, w := range want {
			if !slices.Contains(have, w) && tab.Score(out, w) >= confusable.MinScore {
				k += ":confusable"
				break
			}
		}
	}
	return k, nil
}

// TestParticipantMisses logs, per writer, where the participants of
// readouts labelled with a pair go.
func TestParticipantMisses(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	gen, tab := slipGenerator(t)
	load := func(dir string) []slips.Release {
		rs, err := slips.LoadReleases(dir)
		require.NoError(t, err, dir)
		return rs
	}
	total := map[string]int{}
	tally := func(writer string, rs []slips.Release) map[string]int {
		out := map[string]int{}
		n := 0
		for _, r := range rs {
			if r.Labels.Multilateral || len(r.Labels.Participants) != 2 {
				continue
			}
			n++
			k, err := partOutcome(c, tab, r)
			require.NoError(t, err)
			out[k]++
			total[k]++
		}
		sum := 0
		for _, v := range out {
			sum += v
		}
		assert.Equal(t, n, sum, writer)
		t.Logf("%-10s %3d readouts with a pair:%s", writer, n, countList(out))
		return out
	}
	sets, draws := *partMissSets, *partMissDraws
	if sets == "" && draws == "" {
		// every own release's participants are right (TestOwnReleases);
		// a draw's outcomes add up
		own := tally("releases", load("../testdata/releases"))
		assert.Equal(t, []string{"ok"}, slices.Sorted(mapKeys(own)))
		ss, err := gen.Draw(load("../testdata/releases"), append(slices.Clone(slips.Kinds), slips.ExtraKinds...), 60, 3)
		require.NoError(t, err)
		tally("draw 3", slipReleases(ss))
		return
	}
	for _, dir := range strings.Split(sets, ",") {
		if dir != "" {
			tally(filepath.Base(dir), load(dir))
		}
	}
	if draws != "" {
		var own []slips.Release
		for _, dir := range append(slices.Clone(rivalOwn), roleFitDev) {
			own = append(own, load(dir)...)
		}
		for _, s := range strings.Split(draws, ",") {
			seed, err := strconv.ParseUint(s, 10, 64)
			require.NoError(t, err)
			ss, err := gen.Draw(own, append(slices.Clone(slips.Kinds), slips.ExtraKinds...), *partMissN, seed)
			require.NoError(t, err)
			tally("draw "+s, slipReleases(ss))
		}
	}
	t.Logf("all:%s", countList(total))
}

// slipReleases turns a draw's slipped releases into releases.
func slipReleases(ss []slips.Slip) []slips.Release {
	out := make([]slips.Release, len(ss))
	for i, s := range ss {
		out[i] = slips.Release(s)
	}
	return out
}
