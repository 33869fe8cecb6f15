package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPersonKeys checks that personKeys, which keys each word once, agrees
// with nameKeys and wordKey.
func TestPersonKeys(t *testing.T) {
	for _, name := range []string{
		"", "بيرموف", "جيهون بيرموف", "عبد الله بن زايد ال نهيان",
		"الحسن البخيتي", "محمد الال", "وانغ يي", "سيرغي لافروف", "ال",
	} {
		t.Run(name, func(t *testing.T) {
			words := strings.Fields(name)
			keys, given, surname := personKeys(words)
			wantGiven, wantSurname := nameKeys(words)
			assert.Equal(t, wantGiven, given)
			assert.Equal(t, wantSurname, surname)
			for i, w := range words {
				assert.Equal(t, wordKey(w), keys[i], w)
			}
		})
	}
}
