package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadingsAreEvidence: the readings of the evidence as a whole (two
// states coordinated as the contact's subject; a participant named once,
// by the lede's title, where the body names another state) are weighed
// with the rest and listed in the chosen participants' evidence, with the
// weight they add to the score; a text without them lists none. The texts
// are our own.
func TestReadingsAreEvidence(t *testing.T) {
	const (
		pairNote    = "the contact's subject"
		swappedNote = "named in the place of a state named once"
	)
	tests := []struct {
		name  string
		text  string
		parts []string
		// notes maps a participant to the reading its evidence must list;
		// the others must list no reading
		notes map[string]string
	}{
		{
			name: "parties named by title and person, the pair the talks were about",
			text: "نيروبي 9 مارس 2027 (كنا) - استقبل الرئيس ويليام روتو اليوم في نيروبي الرئيس كوامي أدجيري.\n" +
				"وبحث الرئيسان التبادل التجاري بين كينيا وغانا وسبل تطويره.\n",
			parts: []string{"KE", "GH"},
			notes: map[string]string{"KE": pairNote, "GH": pairNote},
		},
		{
			// the same lede with Ghana's president (in office from 2025-01-07):
			// the officials name the pair, no reading is needed
			name: "parties named by title and a known president: no reading",
			text: "نيروبي 9 مارس 2027 (كنا) - استقبل الرئيس ويليام روتو اليوم في نيروبي الرئيس جون ماهاما.\n" +
				"وبحث الرئيسان التبادل التجاري بين كينيا وغانا وسبل تطويره.\n",
			parts: []string{"KE", "GH"},
		},
		{
			name: "the guest's title swapped in the lede, the body names the guest",
			// an invented minister: under the gazetteer's Spanish foreign minister's
			// name the official-state rule reports the title
			text: "القاهرة 12 نوفمبر 2027 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير الخارجية الألباني خوسيه مانويل إيبارولا.\n" +
				"وأكد عبد العاطي أن مصر تقدر الموقف الإسباني من القضية الفلسطينية، مشيدا بقرار إسبانيا الاعتراف بدولة فلسطين.\n",
			parts: []string{"EG", "ES"},
			notes: map[string]string{"ES": swappedNote},
		},
		{
			name: "a pair coordinated later does not outweigh a counterpart word: no reading",
			text: "بكين 28 يناير 2027 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي اليوم محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n" +
				"وبحث الجانبان سبل تطوير العلاقات الصينية الألبانية في المجالات كافة.\n",
			parts: []string{"CN", "AZ"},
		},
		{
			name:  "a plain bilateral lede: no reading",
			text:  "القاهرة 12 نوفمبر 2027 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم نظيره الإسباني خوسيه مانويل ألباريس.\nوبحث الجانبان الهجرة.\n",
			parts: []string{"EG", "ES"},
		},
		{
			name: "a look-alike named once is no reason to doubt the guest: no reading",
			text: "القاهرة 12 نوفمبر 2027 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير الخارجية الألباني إيغلي حساني.\n" +
				"وأكد عبد العاطي أن مصر تقدر موقف ألبانيا، وبحث الجانبان مشاركة إسبانيا في مؤتمر المانحين.\n",
			parts: []string{"EG", "AL"},
		},
		{
			name: "a pair a party quotes as a topic, without its own state: no reading",
			text: "القاهرة 2 أبريل 2027 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزيرة الخارجية النمساوية بياته ماينل رايزينغر.\n" +
				"وقال عبد العاطي في مؤتمر صحفي مشترك: «نحن حريصون على استقرار ليبيا والسودان، ونعمل مع شركائنا الأوروبيين من أجل حل سياسي».\n" +
				"وقالت الوزيرة النمساوية إن العلاقات بين مصر والنمسا شهدت نموا ملحوظا.\n",
			parts: []string{"EG", "AT"},
		},
		{
			name: "a pair a party quotes with its own state: the parties",
			text: "القاهرة (أ ف ب) - أجرى وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة محادثات مع نظيره الفرنسي جان نويل بارو.\n" +
				"وقال عبد العاطي في مؤتمر صحفي مشترك إن \"مصر وفرنسا تتفقان على ضرورة استئناف المفاوضات\".\n",
			parts: []string{"EG", "FR"},
			notes: map[string]string{"EG": pairNote, "FR": pairNote},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tt.text))
			require.NoError(t, err)
			var ids []string
			for _, p := range rep.Participants {
				ids = append(ids, p.ID)
				var readings []string
				for _, ev := range p.Evidence {
					if ev.Note == pairNote || ev.Note == swappedNote {
						readings = append(readings, ev.Note)
					}
				}
				if want, ok := tt.notes[p.ID]; ok {
					assert.Contains(t, readings, want, "%s's evidence", p.ID)
				} else {
					assert.Empty(t, readings, "%s's evidence", p.ID)
				}
			}
			assert.ElementsMatch(t, tt.parts, ids)
		})
	}
}
