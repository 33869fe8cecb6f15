package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
)

// TestOwnOfficialThirdState: a state easily mistaken for a participant,
// standing as a clause's subject, whose own known official the body
// introduces by the state's own title in a sentence telling another story
// (an earlier event, another place, a contact to come), is a third state
// with people of its own: the confusable judgement falls under the
// default confidence (the report keeps it at most as a hint below it).
// Without that official the look-alike stays a slip.
func TestOwnOfficialThirdState(t *testing.T) {
	const lede = "الكويت 14 أبريل 2026 (كونا) -- استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم وزير خارجية النيجر، وبحث معه التعاون في مجالات التعليم والطاقة.\n"
	const agent = "وأكد الجانبان أن نيجيريا تدعم جهود التنمية في منطقة الساحل.\n"
	tests := []struct {
		name           string
		text           string
		parts, flagged []string
	}{
		{
			name:  "its president in an earlier event",
			text:  lede + agent + "وكان الرئيس النيجيري بولا تينوبو قد أعلن في وقت سابق خطة إقليمية لمكافحة التصحر.\n",
			parts: []string{"KW", "NE"},
		},
		{
			name:  "its president in another place",
			text:  lede + agent + "وفي أبوجا، دعا الرئيس النيجيري بولا تينوبو إلى قمة إقليمية حول الأمن الغذائي.\n",
			parts: []string{"KW", "NE"},
		},
		{
			name:    "no official of its own",
			text:    lede + agent,
			parts:   []string{"KW", "NE"},
			flagged: []string{"نيجيريا"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tt.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.parts, participantIDs(rep))
			var got []string
			for _, f := range rep.Findings {
				if f.Kind == finding.CountryConflict && f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, f.Text)
				}
			}
			assert.Equal(t, tt.flagged, got)
		})
	}
}
