package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/arabic"
)

// TestSameNameWordKeyed: sameNameWordKeyed, given the words' keys, answers
// as sameNameWord does, for words that are one name written two ways and
// for words that are not.
func TestSameNameWordKeyed(t *testing.T) {
	pairs := []struct {
		a, b string
		same bool
	}{
		{"بريجنيف", "بريزنيف", true},
		{"ثاباتيرو", "زاباتيرو", true},
		{"غوتيريش", "جوتيريش", true},
		{"بوتين", "بوتين", true},
		{"بوتين", "بايدن", false},
		{"محمد", "محمود", false},
		{"الجنوب", "الشمال", false},
	}
	for _, p := range pairs {
		for _, ab := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			ka, kb := arabic.AppendNameKey(nil, ab[0]), arabic.AppendNameKey(nil, ab[1])
			assert.Equal(t, p.same, sameNameWord(ab[0], ab[1]), "%s %s", ab[0], ab[1])
			assert.Equal(t, sameNameWord(ab[0], ab[1]), sameNameWordKeyed(ab[0], ka, ab[1], kb), "%s %s", ab[0], ab[1])
		}
	}
}
