package consistency

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/confusable"
)

// Confusability: how easily a translation or an editor swaps two states is
// data, derived from the states' names (internal/confusable: the first
// characters of their Chinese names, Arabic names and nisbas a few letters
// apart or with the same consonants, a shared distinctive word, English
// names close or contained), with a score in (0, 1] per pair. The rules'
// confusables list adds the pairs no derivation finds (Iraq/Iran's Arabic
// names are far apart; Japan and South Korea are neighbours machine
// translation swaps); a listed pair scores at least handPairScore.
const (
	// minConfusable is the score from which two states count as
	// confusable: every pair the derived table keeps (one shared first
	// Chinese character, 0.55, and up).
	minConfusable = confusable.MinScore
	// handPairScore is the score of a pair listed in the rules.
	handPairScore = 0.8
)

// loadConfusability loads the derived table.
func loadConfusability() (*confusable.Table, error) {
	t, err := confusable.Default()
	if err != nil {
		return nil, fmt.Errorf("consistency: confusability table: %w", err)
	}
	return t, nil
}

// confusability returns how easily a and b are swapped (0 for unrelated
// states or a state and itself).
func (c *Checker) confusability(a, b string) float64 {
	if a == b {
		return 0
	}
	s := c.confTab.Score(a, b)
	if c.pairs[[2]string{a, b}] {
		s = max(s, handPairScore)
	}
	return s
}

// confusable says whether two states are easily swapped.
func (c *Checker) confusable(a, b string) bool {
	return c.confusability(a, b) >= minConfusable
}

// confusableParticipant returns the participant the mention's state is
// most easily mistaken for, and how easily, or "".
func (st *checkState) confusableParticipant(ep *episode, m *mention) (string, float64) {
	best, score := "", 0.0
	for _, q := range ep.parts {
		for _, id := range m.Entities {
			if s := st.c.confusability(id, q.id); s >= minConfusable && s > score {
				best, score = q.id, s
			}
		}
	}
	return best, score
}

// confusableReason describes the strongest evidence that a and b are
// swapped ("zh1 阿", "ar غامبيا~زامبيا", "listed"), for a finding's
// evidence.
func (c *Checker) confusableReason(a, b string) string {
	if p, ok := c.confTab.Pair(a, b); ok && len(p.Reasons) > 0 {
		return p.Reasons[0].Kind + " " + p.Reasons[0].Detail
	}
	if c.pairs[[2]string{a, b}] {
		return "listed in the rules"
	}
	return ""
}
