package consistency_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// TestDisplacedParty reads testdata/parts12 both ways. Clean readouts: a
// participant named by its office alone (no official, no capital) beside a
// state easily mistaken for it that is a real third state, with its own
// official introduced by its own title and speaking of its own affairs;
// the third state is no party and nothing is flagged. Slipped readouts: a
// participant written two times as a state easily mistaken for it, while
// its official still speaks or is named after the swapped title; the
// participant is read and every swapped mention is a conflict.
func TestDisplacedParty(t *testing.T) {
	checkDisplacedSet(t, "../testdata/parts12", 5)
}

// checkDisplacedSet reads the labelled readouts of dir both ways, as
// TestDisplacedParty says, and wants at least minClean clean ones.
func checkDisplacedSet(t *testing.T, dir string, minClean int) {
	t.Helper()
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	lts, err := loadLabelled(dir)
	require.NoError(t, err)
	require.NotEmpty(t, lts)
	clean := 0
	for _, lt := range lts {
		rep, err := c.Check(lt.text)
		require.NoError(t, err)
		got, want := sortedParts(rep, lt.labels.Participants)
		name := string(lt.text[:min(len(lt.text), 80)])
		assert.Equal(t, want, got, "participants: %s", name)
		conf := ofKind(rep, consistency.CountryConflict)
		if len(lt.gold) == 0 {
			clean++
			assert.Empty(t, conf, "a clean readout: %s", name)
			continue
		}
		for _, g := range lt.gold {
			found := slices.ContainsFunc(conf, func(f consistency.Finding) bool { return f.Start < g.end && g.start < f.End })
			assert.True(t, found, "slip at %d-%d not found: %s", g.start, g.end, name)
		}
		assert.Len(t, conf, len(lt.gold), "only the slips: %s", name)
	}
	assert.GreaterOrEqual(t, clean, minClean, "clean readouts")
}

// sortedParts returns a report's participant ids and the labels' (upper
// case), each sorted, to compare as sets.
func sortedParts(rep *consistency.Report, labels []string) (got, want []string) {
	got = participantIDs(rep)
	for _, id := range labels {
		want = append(want, strings.ToUpper(id))
	}
	slices.Sort(got)
	slices.Sort(want)
	return got, want
}

// participantCase is a text and the participants a check of it should
// report (nil: none).
type participantCase struct {
	name, text string
	want       []string
}

// checkParticipantCases checks each case's text with c, a subtest each,
// and compares the participants reported with the case's, as sets.
func checkParticipantCases(t *testing.T, c *consistency.Checker, cases []participantCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			got, want := sortedParts(rep, tc.want)
			assert.Equal(t, want, got)
		})
	}
}

// TestDisplacedParty13 reads testdata/parts13, a second writer's readouts
// of the same kind as testdata/parts12: fifteen clean readouts where a
// state easily mistaken for a participant named by office or once is a
// real third state with a role of its own (its official, a mediator, a
// neighbour, a crisis, a gathering it hosts), named two to four times;
// eight slipped readouts where a participant is written two or three
// times as a state easily mistaken for it while something of its own
// stays (its official, its capital standing for its government). The
// checker does not read all of them right yet: the test logs each readout
// it gets wrong and holds the totals at their floors (participants read
// right, clean readouts without a conflict, slips found, false conflicts
// on the slipped readouts), so that a change that loses one fails.
func TestDisplacedParty13(t *testing.T) {
	tot := readSetTotals(t, "../testdata/parts13")
	assert.Equal(t, 15, tot.clean, "clean readouts")
	assert.GreaterOrEqual(t, tot.parts, parts13MinParts, "participants read right")
	assert.GreaterOrEqual(t, tot.cleanQuiet, parts13MinQuiet, "clean readouts without a conflict")
	assert.GreaterOrEqual(t, tot.found, parts13MinFound, "slips found")
	assert.LessOrEqual(t, tot.falseOnSlipped, parts13MaxFalse, "false conflicts on the slipped readouts")
}

// setTotals are a labelled set's totals as readSetTotals counts them.
type setTotals struct {
	texts, parts, clean, cleanQuiet, slips, found, falseOnSlipped int
}

// readSetTotals checks every readout of the labelled set in dir, logs
// each it gets wrong (participants, a conflict on a clean readout, a slip
// not found) and returns the totals: participants read right, clean
// readouts without a conflict, slips found, false conflicts on the
// slipped readouts.
func readSetTotals(t *testing.T, dir string) setTotals {
	t.Helper()
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	lts, err := loadLabelled(dir)
	require.NoError(t, err)
	var tot setTotals
	tot.texts = len(lts)
	for _, lt := range lts {
		name := string(lt.text[:min(len(lt.text), 60)])
		rep, err := c.Check(lt.text)
		require.NoError(t, err)
		got, want := sortedParts(rep, lt.labels.Participants)
		if slices.Equal(got, want) {
			tot.parts++
		} else {
			t.Logf("%s: participants %v, want %v", name, got, want)
		}
		conf := ofKind(rep, consistency.CountryConflict)
		if len(lt.gold) == 0 {
			tot.clean++
			if len(conf) == 0 {
				tot.cleanQuiet++
			} else {
				t.Logf("%s: a clean readout with %d conflicts (%s: %s)", name, len(conf), conf[0].Rule, conf[0].Text)
			}
			continue
		}
		for _, g := range lt.gold {
			tot.slips++
			if slices.ContainsFunc(conf, func(f consistency.Finding) bool { return f.Start < g.end && g.start < f.End }) {
				tot.found++
			} else {
				t.Logf("%s: slip at %d-%d not found", name, g.start, g.end)
			}
		}
		for _, f := range conf {
			if !slices.ContainsFunc(lt.gold, func(g goldSlip) bool { return f.Start < g.end && g.start < f.End }) {
				tot.falseOnSlipped++
			}
		}
	}
	t.Logf("%s: participants %d/%d, clean readouts without a conflict %d/%d, slips found %d/%d, false conflicts on the slipped readouts %d",
		filepath.Base(dir), tot.parts, tot.texts, tot.cleanQuiet, tot.clean, tot.found, tot.slips, tot.falseOnSlipped)
	return tot
}

// The floors of TestDisplacedParty13: the checker's figures on
// testdata/parts13 when the set was written, raised as it improves.
const (
	parts13MinParts = 21
	parts13MinQuiet = 12
	parts13MinFound = 18
	parts13MaxFalse = 0
)

// TestCleanThirdStates14 reads testdata/parts14, a check set of ten clean
// readouts by another writer: a state easily mistaken for a participant
// named once or by its office is named in a sentence about something
// else, in other places of the text than testdata/parts13 uses (where the
// guest comes from, a condolence, a gathering the dateline's state hosts,
// a list of donors, a trip to come, a turn to another call, a crisis the
// two discuss). Nothing in them is a slip. The checker is not tuned on
// them: the test logs each readout it gets wrong and holds the totals
// (participants read right, readouts without a conflict) at their floors.
func TestCleanThirdStates14(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	lts, err := loadLabelled("../testdata/parts14")
	require.NoError(t, err)
	var parts, quiet int
	for _, lt := range lts {
		require.Empty(t, lt.gold, "a clean set")
		name := string(lt.text[:min(len(lt.text), 60)])
		rep, err := c.Check(lt.text)
		require.NoError(t, err)
		got, want := sortedParts(rep, lt.labels.Participants)
		if slices.Equal(got, want) {
			parts++
		} else {
			t.Logf("%s: participants %v, want %v", name, got, want)
		}
		if conf := ofKind(rep, consistency.CountryConflict); len(conf) == 0 {
			quiet++
		} else {
			t.Logf("%s: %d conflicts (%s: %s)", name, len(conf), conf[0].Rule, conf[0].Text)
		}
	}
	t.Logf("parts14: participants %d/%d, readouts without a conflict %d/%d", parts, len(lts), quiet, len(lts))
	assert.Len(t, lts, 10, "readouts")
	assert.GreaterOrEqual(t, parts, cleanThirds14MinParts, "participants read right")
	assert.GreaterOrEqual(t, quiet, cleanThirds14MinQuiet, "readouts without a conflict")
}

// The floors of TestCleanThirdStates14: the checker's figures on
// testdata/parts14 (the checker before the set was written gave 4 and 3).
const (
	cleanThirds14MinParts = 5
	cleanThirds14MinQuiet = 4
)
