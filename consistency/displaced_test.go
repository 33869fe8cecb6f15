package consistency_test

import (
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
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	lts, err := loadLabelled("../testdata/parts12")
	require.NoError(t, err)
	require.NotEmpty(t, lts)
	clean := 0
	for _, lt := range lts {
		rep, err := c.Check(lt.text)
		require.NoError(t, err)
		var got []string
		for _, p := range rep.Participants {
			got = append(got, p.ID)
		}
		want := slices.Clone(lt.labels.Participants)
		for i := range want {
			want[i] = strings.ToUpper(want[i])
		}
		slices.Sort(got)
		slices.Sort(want)
		name := string(lt.text[:min(len(lt.text), 80)])
		assert.Equal(t, want, got, "participants: %s", name)
		var conf []consistency.Finding
		for _, f := range rep.Findings {
			if f.Kind == "country-conflict" {
				conf = append(conf, f)
			}
		}
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
	assert.GreaterOrEqual(t, clean, 5, "clean readouts")
}
