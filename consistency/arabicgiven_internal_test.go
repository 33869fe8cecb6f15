package consistency

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/entities"
)

// TestArabicGivenPeople: the checker's table of the gazetteer's people
// with an Arabic given name answers as reading the name does, for people
// of both kinds, and a person outside the gazetteer is read.
func TestArabicGivenPeople(t *testing.T) {
	g, c := testChecker(t)
	st := &checkState{c: c}
	arabic, other := 0, 0
	for _, e := range g.ByKind(entities.Person) {
		want := c.arabicGivenName(e)
		require.Equal(t, want, st.arabicNamed(e), e.ID)
		if len(e.Given) == 0 {
			continue
		}
		if want {
			arabic++
		} else {
			other++
		}
	}
	require.Positive(t, arabic)
	require.Positive(t, other)
	require.True(t, st.arabicNamed(&entities.Entity{Kind: entities.Person, Given: []string{"عبد الله"}}))
	require.False(t, st.arabicNamed(&entities.Entity{Kind: entities.Person, Given: []string{"سيرغي"}}))
	require.False(t, st.arabicNamed(&entities.Entity{Kind: entities.Person}))
}
