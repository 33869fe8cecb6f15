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

func TestProclitics(t *testing.T) {
	got := Proclitics()
	assert.Equal(t, []string{"", "ب", "ل", "ك", "و", "وب", "ول", "وك", "ف", "فب", "فل", "فك"}, got)
	got[1] = "x"
	assert.Equal(t, "ب", Proclitics()[1], "a new slice each call")
}

func TestAttach(t *testing.T) {
	for _, tc := range []struct{ p, w, want string }{
		{"ل", "الصين", "للصين"},
		{"ول", "الجانب", "وللجانب"},
		{"فل", "الجانب", "فللجانب"},
		{"ل", "ال", "لل"},
		{"", "الصين", "الصين"},
		{"ب", "الصين", "بالصين"},
		{"وب", "الصين", "وبالصين"},
		{"ك", "الصين", "كالصين"},
		// no article: nothing merges
		{"ل", "لبنان", "للبنان"},
		{"ل", "مصر", "لمصر"},
		{"ول", "اوروبا", "ولاوروبا"},
		{"و", "", "و"},
		{"ل", "", "ل"},
	} {
		assert.Equal(t, tc.want, Attach(tc.p, tc.w), "%s + %s", tc.p, tc.w)
	}
	// Splits reads back what Attach writes.
	for _, p := range Proclitics() {
		w := Attach(p, "الصين")
		found := false
		for _, s := range Splits(w) {
			found = found || s.Article && s.Stem == "صين" && s.Prefix == Attach(p, Article)
		}
		assert.True(t, found, "%s: %v", w, Splits(w))
	}
}
