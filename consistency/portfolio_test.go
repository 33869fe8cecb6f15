package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestPortfolioHomograph checks both ways that a homograph standing right
// after a title word as the title's own office (وزير المالية: the finance
// minister) is not read as a state by the conflict patterns, while the
// same state's nisba in a party's place after a whole title phrase is
// still a slip.
func TestPortfolioHomograph(t *testing.T) {
	const lede = "أديس أبابا 9 أبريل 2026 (شينخوا) - التقى وزير الخارجية الصيني وانغ يي اليوم في أديس أبابا وزير الخارجية الإثيوبي جيديون تيموثيوس، وبحث الجانبان العلاقات بين الصين وإثيوبيا.\n"
	type found struct{ text, rule string }
	for _, tc := range []struct {
		name, text string
		want       []found // conflicts at the default threshold, in text order
	}{
		{"clean: the finance minister of a party", lede +
			"وحضر اللقاء وزير المالية الإثيوبي أحمد شيدي.\n", nil},
		{"clean: the finance minister, a woman, no state named", lede +
			"وشاركت في المحادثات وزيرة المالية ونائب وزير الخارجية.\n", nil},
		{"clean: the finance ministry's officials", lede +
			"وأوضح الجانبان أن وزير المالية سيزور بكين الشهر المقبل لبحث تمويل السكك الحديدية.\n", nil},
		{"slip: a state easily mistaken for a party after the finance title", lede +
			"وحضر اللقاء وزير المالية المصري أحمد شيدي.\n",
			[]found{{"المصري", "confusable-subject"}}},
		{"slip: after a title with the article it is the state's adjective", lede +
			"وتأتي المحادثات في إطار جولة للوزيرة المالية في شرق أفريقيا.\n",
			[]found{{"المالية", "intruder-title-nisba"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []found
			for _, f := range conflicts(t, tc.text) {
				if f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, found{f.Text, f.Rule})
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestOfficeWordParticipants checks both ways that the participant reading
// reads a homograph after a title as the conflict patterns do: right after
// a title with the article it is the state's adjective (الوزيرة المالية: the
// Malian minister, a party), after a title without it the office (وزيرة
// المالية: the finance minister, no state).
func TestOfficeWordParticipants(t *testing.T) {
	const dateline = "داكار 3 مارس 2026 (وكالة الأنباء السنغالية) - استقبل الرئيس السنغالي اليوم في داكار "
	for _, tc := range []struct {
		name, text string
		parties    []string // participant ids
		conflicts  []string // conflict texts at the default threshold
	}{
		{"the Malian minister is the guest", dateline +
			"الوزيرة المالية المكلفة بالتعاون الإقليمي، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها.\n" +
			"وأكدت الوزيرة المالية حرص باماكو على تعزيز التنسيق مع داكار في مجالات النقل والطاقة.\n",
			[]string{"SN", "ML"}, nil},
		{"the guest's title given another state", dateline +
			"الوزيرة المالية المكلفة بالتعاون الإقليمي، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها.\n" +
			"وأكدت الوزيرة الموريتانية حرص باماكو على تعزيز التنسيق مع داكار في مجالات النقل والطاقة.\n",
			[]string{"SN", "ML"}, []string{"الموريتانية"}},
		{"the finance minister is no state", dateline +
			"وزيرة المالية في الحكومة، وبحث الجانبان تمويل مشاريع النقل والطاقة.\n",
			nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tc.text))
			require.NoError(t, err)
			assert.Equal(t, tc.parties, participantIDs(rep))
			var got []string
			for _, f := range conflicts(t, tc.text) {
				if f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, f.Text)
				}
			}
			assert.Equal(t, tc.conflicts, got)
		})
	}
}
