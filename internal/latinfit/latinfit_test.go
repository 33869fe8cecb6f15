package latinfit_test

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/internal/latinfit"
)

// TestFits: spellings of a Latin token fit it, with a letter of one Latin
// sound read by another language or a silent final letter written or left
// out; spellings of other consonants do not.
func TestFits(t *testing.T) {
	for _, c := range []struct {
		lat, ar string
		want    bool
	}{
		{"Wadephul", "فاديفول", true},
		{"Wadephul", "وادفول", true}, // w read as in English
		{"Barrot", "بارو", true},     // the final t silent
		{"Barrot", "باروت", true},    // and written
		{"Albares", "ألباريس", true},
		{"Albares", "ألفاريس", true},   // one labial for another
		{"Wadephul", "فاديمول", false}, // m is no labial of the token
		{"Barrot", "بارون", false},     // n is none of its letters
		{"Albares", "ألباني", false},
	} {
		assert.Equal(t, c.want, latinfit.Fits(c.lat, c.ar), "%s %s", c.lat, c.ar)
	}
}

func ExampleFits() {
	fmt.Println(latinfit.Fits("Barrot", "باروت"), latinfit.Fits("Barrot", "بارون"))
	// Output: true false
}

func FuzzFits(f *testing.F) {
	f.Add("Wadephul", "وادفول")
	f.Add("", "")
	f.Add("mpst", "ال")
	f.Fuzz(func(t *testing.T, lat, ar string) {
		if !utf8.ValidString(lat) || !utf8.ValidString(ar) {
			t.Skip()
		}
		_ = latinfit.Fits(lat, ar)
		_ = latinfit.SilentVariants(lat)
	})
}
