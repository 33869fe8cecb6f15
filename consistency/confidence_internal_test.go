package consistency

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConfidenceOfNotes checks that confidenceOf writes each feature as
// fmt's "%s ×%.2f (%s)" does, joined by "; ", and multiplies the factors:
// no features, one, several, and factors that round (0.005, 0.995, 1).
func TestConfidenceOfNotes(t *testing.T) {
	cases := [][]feature{
		nil,
		{{"parties", 0.7, "a participant not named by title"}},
		{{"quoted", 0.005, "inside a quotation"}, {"parties", 0.995, ""}, {"x", 1, "ص، ع"}},
		{{"", 0.125, "()"}, {"named", 2.0 / 3, "named once"}},
	}
	for _, fs := range cases {
		c, notes := confidenceOf(0.9, fs)
		want, parts := 0.9, []string(nil)
		for _, f := range fs {
			want *= f.factor
			parts = append(parts, fmt.Sprintf("%s ×%.2f (%s)", f.name, f.factor, f.note))
		}
		assert.Equal(t, want, c)
		assert.Equal(t, strings.Join(parts, "; "), notes)
	}
}
