package arabic

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplits(t *testing.T) {
	tests := []struct {
		name string
		word string // raw; normalised before splitting
		want []Split
	}{
		{"لبنان keeps its letters (only ل+بنان offered)", "لبنان", []Split{{"ل", "بنان", false}}},
		{"بلجيكا (only ب+لجيكا offered)", "بلجيكا", []Split{{"ب", "لجيكا", false}}},
		{"الجزائر article", "الجزائر", []Split{{"ال", "جزاير", true}}},
		{"والجزائر conjunction + article", "والجزائر", []Split{{"و", "الجزاير", false}, {"وال", "جزاير", true}}},
		{"للبنان lam + merged article", "للبنان", []Split{{"ل", "لبنان", false}, {"لل", "بنان", true}}},
		{"بالصين", "بالصين", []Split{{"ب", "الصين", false}, {"بال", "صين", true}}},
		{"فالصين", "فالصين", []Split{{"ف", "الصين", false}, {"فال", "صين", true}}},
		{"وللصين", "وللصين", []Split{{"و", "للصين", false}, {"ول", "لصين", false}, {"ولل", "صين", true}}},
		{"وكالصين", "وكالصين", []Split{{"و", "كالصين", false}, {"وك", "الصين", false}, {"وكال", "صين", true}}},
		{"فبالصين", "فبالصين", []Split{{"ف", "بالصين", false}, {"فب", "الصين", false}, {"فبال", "صين", true}}},
		{"stem keeps two letters (no ول+د)", "ولد", []Split{{"و", "لد", false}}},
		{"one-letter stem refused", "بن", nil},
		{"two-letter stem allowed", "بمصر", []Split{{"ب", "مصر", false}}},
		{"no prefix", "مصر", nil},
		{"empty", "", nil},
		{"Latin", "BRICS", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := Normalize([]byte(tt.word)).Norm
			assert.Equal(t, tt.want, Splits(w))
			checkSplits(t, w)
		})
	}
}

func TestPrefixTable(t *testing.T) {
	var got []string
	for _, p := range prefixes {
		got = append(got, p.Prefix)
	}
	assert.ElementsMatch(t, []string{
		"و", "ف", "ب", "ل", "ك", "ال", "لل",
		"وب", "ول", "وك", "فب", "فل", "فك", "وال", "فال", "بال", "كال", "ولل", "فلل",
		"وبال", "وكال", "فبال", "فكال",
	}, got)
}
