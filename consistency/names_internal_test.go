package consistency

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSpelledDifferentlyCounted: deciding by counting gives what comparing
// every pair of members gives, on random clusters of persons whose words
// are drawn from a few words with shared keys.
func TestSpelledDifferentlyCounted(t *testing.T) {
	words := []string{"بيرموف", "بيراموف", "بايراموف", "جيهون", "جيحون", "فلاديمير", "الجبير", "جبير"}
	rng := rand.New(rand.NewSource(1))
	st := &checkState{}
	for trial := 0; trial < 3000; trial++ {
		st.persons = st.persons[:0]
		cl := &cluster{}
		for i, n := 0, 1+rng.Intn(6); i < n; i++ {
			pr := person{personName: &personName{}}
			for j, m := 0, 1+rng.Intn(3); j < m; j++ {
				w := words[rng.Intn(len(words)-trial%5)]
				pr.words = append(pr.words, w)
				pr.keys = append(pr.keys, wordKey(w))
			}
			st.persons = append(st.persons, pr)
			cl.members = append(cl.members, len(st.persons)-1)
			if rng.Intn(4) == 0 { // a member listed twice
				cl.members = append(cl.members, len(st.persons)-1)
			}
		}
		pairwise := false
		for i, pi := range cl.members {
			for _, pj := range cl.members[i+1:] {
				a, b := &st.persons[pi], &st.persons[pj]
				pairwise = pairwise || wordVariant(a, b) || wordVariant(b, a)
			}
		}
		require.Equal(t, pairwise, st.spelledDifferentlyCounted(cl), "members %v", cl.members)
	}
}
