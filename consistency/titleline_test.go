package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/finding"
)

// TestTitleLine: a title line of a transcript (نص المؤتمر الصحفي لوزير
// الخارجية X ووزيرة الخارجية Y) is not the title of the speaker named at
// the start of the next line: Y is a party, not a state wrongly given to
// the speaker. Both ways: a title right before another state's known
// official on its line is still that slip (reported with the guest's
// own title, which the official's state contradicts too).
func TestTitleLine(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		parts      []string
		conflicts  int
	}{
		{"a speaker's name opening the next line is not the title's",
			"نص المؤتمر الصحفي المشترك لوزير الخارجية السعودي ووزيرة الخارجية الهولندية\n\nالأمير فيصل بن فرحان: أرحب بمعالي الوزيرة في الرياض، وقد عقدنا جلسة مباحثات تناولت العلاقات الثنائية.\n\nالوزيرة: أشكر سمو الأمير على حسن الاستقبال، ونتطلع إلى تعاون أوسع في الطاقة والمياه.\n",
			[]string{"SA", "NL"}, 0},
		{"a title before another state's official on its line is the slip",
			"الرياض 4 مارس 2025 (واس) - استقبل وزير الخارجية الهولندي الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية الهولندي، وبحث معه العلاقات الثنائية.\n",
			nil, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tc.text))
			assert.NoError(t, err)
			if tc.parts != nil {
				assert.ElementsMatch(t, tc.parts, participantIDs(rep))
			}
			n := 0
			for _, f := range rep.Findings {
				if f.Kind == finding.CountryConflict {
					n++
				}
			}
			assert.Equal(t, tc.conflicts, n)
		})
	}
}
