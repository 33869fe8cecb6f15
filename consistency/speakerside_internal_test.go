package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeakerPartner checks the role scorer's speaker-partner reading
// (speakerPartner) both ways: the other side of a participant's speaker's
// relation (a partner's slot beside the speaker's own state or the pair, a
// side) is read; a look-alike of the guest the speaker speaks of without
// such a slot, third states the speaker speaks of (a crisis, a mediator
// beside the other party, a post the speaker held) and the words of a
// speaker of no participant are not.
func TestSpeakerPartner(t *testing.T) {
	_, c := testChecker(t)
	eg := roleLedeEGSD // Egypt's minister receives Sudan's; Egypt's speaks
	cases := []struct {
		name, text, mention string
		partner             bool
	}{
		{"the other side of our two countries' relation, swapped",
			eg + "وقال عبد العاطي: «إن العلاقات بين بلدينا تشهد تطورا، ونتطلع إلى تعزيز التعاون مع إريتريا في مجال المياه».\n",
			"إريتريا", true},
		{"thanks to a side, swapped",
			eg + "وقال عبد العاطي: «أشكر الجانب الإريتري على ما أبداه من تعاون».\n",
			"الإريتري", true},
		{"the guest's look-alike as the subject of a relative clause",
			eg + "وقال عبد العاطي: «إن بلادي تقدر الدور الذي يقوم به جنوب السودان في المنطقة».\n",
			"جنوب السودان", false},
		{"the guest's look-alike beside the guest",
			eg + "وقال عبد العاطي: «إن بلادي تقدر دور السودان وجنوب السودان في المنطقة».\n",
			"جنوب السودان", false},
		{"a crisis the speaker speaks of",
			eg + "وقال عبد العاطي: «إن الأوضاع في ليبيا تتطلب حلا سياسيا».\n",
			"ليبيا", false},
		{"a mediator beside the other party",
			eg + "وقال عبد العاطي: «نشكر السودان وقطر على جهود الوساطة».\n",
			"قطر", false},
		{"a post the speaker held",
			eg + "وقال عبد العاطي: «عملت سفيرا لبلادي في الصين سنوات».\n",
			"الصين", false},
		{"the words of a speaker of no participant",
			eg + "وقال وزير الخارجية الإثيوبي: «إن إثيوبيا تتطلع إلى تعزيز التعاون مع إريتريا».\n",
			"إريتريا", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			found := false
			for mi := range st.ms {
				if st.mentionText(&st.ms[mi]) != tc.mention {
					continue
				}
				found = true
				ei := 0
				for ei+1 < len(st.episodes) && st.ms[mi].FirstTok() >= st.episodes[ei+1].first {
					ei++
				}
				ep := st.episodes[ei]
				assert.Equal(t, tc.partner, st.speakerPartner(ep, mi))
			}
			assert.True(t, found, "%s: no mention %s", strings.TrimSpace(tc.text), tc.mention)
		})
	}
}

// TestSpeakerPartnerScores checks both ways that a look-alike of the guest
// read as the other side of the host's relation (تنظر إلى X شريكا) scores
// above the same look-alike as a topic of the host's words (تنظر إلى X
// بقلق), which stays under the threshold.
func TestSpeakerPartnerScores(t *testing.T) {
	_, c := testChecker(t)
	slip := roleFeaturesOf(t, c, roleLedeEGSD+"وقال عبد العاطي: «إن بلادي تنظر إلى جنوب السودان شريكا أساسيا في المنطقة».\n", "جنوب السودان", 1)
	clean := roleFeaturesOf(t, c, roleLedeEGSD+"وقال عبد العاطي: «إن بلادي تنظر بقلق إلى ما يجري في جنوب السودان».\n", "جنوب السودان", 1)
	t.Logf("slip %.3f (%s), clean %.3f (%s)", roleScore(&slip), roleNotes(&slip), roleScore(&clean), roleNotes(&clean))
	assert.Equal(t, 1.0, slip[rfSpeakerPartner])
	assert.Zero(t, clean[rfSpeakerPartner])
	assert.Greater(t, roleScore(&slip), roleScore(&clean))
	assert.Less(t, roleScore(&clean), roleMinScore)
}
