package slips_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestDestinationShapes checks that the destination kind swaps a visit's
// destination in each shape a newsroom writes it, and labels the shape;
// and that it leaves alone the states that stand in those shapes' places
// without being the visit's destination (an origin, a visit to come, a
// state after a preposition, a tour's list). Kenya's president visits
// Uganda; Uganda is named again so that a swap leaves it named.
func TestDestinationShapes(t *testing.T) {
	gen := generator(t)
	const tail = "\nوبحث الرئيسان العلاقات بين كينيا وأوغندا.\n"
	tests := []struct {
		name, text string
		shape      string // "" when no site
		swapped    string // the word swapped
	}{
		{"after إلى", "وصل الرئيس الكيني اليوم إلى أوغندا في زيارة رسمية.", "to", "أوغندا"},
		{"headline", "الرئيس الكيني يصل إلى كمبالا", "to", "كمبالا"},
		{"after ل", "بدأ الرئيس الكيني زيارته لأوغندا بلقاء رئيس الوزراء.", "with-l", "أوغندا"},
		{"after ل, the visit's kind between", "بدأ الرئيس الكيني زيارة رسمية لأوغندا تستغرق يومين.", "with-l", "أوغندا"},
		{"verb, subject, object", "يزور الرئيس الكيني وليام روتو أوغندا يومي الاثنين والثلاثاء.", "verb", "أوغندا"},
		{"verb right before", "الرئيس الكيني يزور أوغندا", "verb", "أوغندا"},
		{"arrival at the capital", "عقد الرئيس الكيني عقب وصوله العاصمة كمبالا جلسة مباحثات.", "capital", "كمبالا"},
		{"the capital's nisba", "وصل الرئيس الكيني إلى العاصمة الأوغندية كمبالا اليوم.", "capital-of", "الأوغندية"},
		{"guest of", "يحل الرئيس الكيني ضيفا على أوغندا في زيارة تستغرق يومين.", "guest-of", "أوغندا"},
		{"an origin", "عاد الرئيس الكيني إلى بلاده قادما من أوغندا.", "", ""},
		{"a visit to come", "أعلن الرئيس الكيني أن زيارته المرتقبة إلى أوغندا ستبدأ الأحد.", "", ""},
		{"a state after a preposition", "يزور الرئيس الكيني معرضا في أوغندا.", "", ""},
		{"a state the verb's subject works with", "يزور الرئيس الكيني مع وفد من أوغندا منطقة صناعية.", "", ""},
		{"a tour's list", "بدأ الرئيس الكيني جولة تشمل أوغندا وتنزانيا.", "", ""},
		{"a visit to come by the verb", "سيزور الرئيس الكيني أوغندا الأسبوع المقبل.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text + tail
			r := slips.Release{Name: "x.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"KE", "UG"}}}
			s, err := gen.Inject(r, slips.Destination, rand.New(rand.NewPCG(3, 1)))
			if tt.shape == "" {
				assert.True(t, errors.Is(err, slips.ErrNoSite), "%v: %s", err, s.Text)
				return
			}
			require.NoError(t, err)
			require.Len(t, s.Labels.Conflicts, 1)
			c := s.Labels.Conflicts[0]
			assert.Equal(t, tt.shape, c.Shape)
			assert.Equal(t, tt.swapped, c.Fix)
			a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			assert.Equal(t, text, string(s.Text[:a])+tt.swapped+string(s.Text[b:]), "undoing the slip gives the source back")
		})
	}
}

// FuzzDestination: on any text, the destination kind either finds no
// place or swaps one or two mentions, each labelled with its shape at a
// context found in the slipped text.
func FuzzDestination(f *testing.F) {
	f.Add("يحل الرئيس الكيني ضيفا على أوغندا.\nوبحث الرئيسان العلاقات بين كينيا وأوغندا.\n", uint64(1))
	f.Add("عقب وصوله العاصمة كمبالا، التقى الرئيس الكيني الرئيس الأوغندي.\nكينيا وأوغندا.\n", uint64(2))
	f.Add("إلى العاصمة الأوغندية كمبالا إلى\nأوغندا أوغندا كينيا", uint64(3))
	gen := generator(f)
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := slips.Release{Name: "x.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"KE", "UG"}}}
		s, err := gen.Inject(r, slips.Destination, rand.New(rand.NewPCG(seed, 1)))
		if err != nil {
			if !errors.Is(err, slips.ErrNoSite) {
				t.Fatalf("Inject: %v", err)
			}
			return
		}
		if len(s.Labels.Conflicts) == 0 || len(s.Labels.Conflicts) > 2 {
			t.Fatalf("%d conflicts labelled", len(s.Labels.Conflicts))
		}
		for _, c := range s.Labels.Conflicts {
			if c.Shape == "" || !c.Injected {
				t.Fatalf("label %+v has no shape", c)
			}
			if _, _, err := slips.Locate(s.Text, c.At, max(c.N, 1)); err != nil {
				t.Fatalf("label %+v: %v", c, err)
			}
		}
	})
}
