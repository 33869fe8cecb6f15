package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/entities"
)

// TestAnotherPlaceOpens: a sentence after the lede that opens in another
// place (في، وفي or ففي and a foreign capital or city, then a comma or a
// verb; or such a place before a dash or a colon, as a paragraph's own
// dateline) tells another story than the contact's; one that opens in the
// text's home, with في and no place, or with a place and a noun does not.
func TestAnotherPlaceOpens(t *testing.T) {
	_, c := testChecker(t)
	const lede = "الرياض 4 مايو 2026 (واس) - استقبل وزير الخارجية السعودي اليوم في الرياض وزير خارجية غينيا بيساو.\n" +
		"وبحث الجانبان العلاقات الثنائية وسبل تعزيزها في مختلف المجالات.\n"
	cases := []struct {
		name, text string
		want       bool
	}{
		{"في, a capital and a comma", "وفي بغداد، أعلن المتحدث أن الاجتماع سيعقد قريبا.\n", true},
		{"في, a capital and a verb", "وفي كوناكري أكد المسؤولون استعدادهم للحوار.\n", true},
		{"ففي and an imperfect verb", "ففي نيامي تتواصل المشاورات بين الأحزاب.\n", true},
		{"a paragraph's own dateline", "بغداد - أعلنت الحكومة خطة جديدة للمياه.\n", true},
		{"the text's home", "وفي الرياض، أكد الوزير أهمية التعاون.\n", false},
		{"في and no place", "وفي الاجتماع، أكد الجانبان أهمية التعاون.\n", false},
		{"a place and a noun", "وفي بغداد مقر البعثة الجديدة.\n", false},
		{"a capital speaking for its government", "وبغداد تدعم الحوار.\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(lede + tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			s := st.sentOf(st.toks.Len() - 1)
			assert.Greater(t, s.first, st.ledeEnd)
			assert.Equal(t, tc.want, st.anotherPlaceOpens(s))
			assert.Equal(t, tc.want, st.elsewhereSentence(s.first))
		})
	}
	// the lede itself is the contact's story wherever it opens
	st := c.newState([]byte("وفي بغداد، استقبل وزير الخارجية العراقي اليوم نظيره الأردني.\n"))
	defer c.release(st)
	st.prepare()
	st.analyse()
	assert.False(t, st.elsewhereSentence(0))
}

// TestElsewhereRoleFeature: the role scorer's elsewhere feature is on for
// a mention in a sentence that tells another story (another place, the
// pluperfect, a turn aside) and off in the contact's own sentences.
func TestElsewhereRoleFeature(t *testing.T) {
	_, c := testChecker(t)
	const lede = "الكويت 14 أبريل 2026 (كونا) -- استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم وزير خارجية النيجر، وبحث معه التعاون في مجالات التعليم والطاقة.\n" +
		"وأعرب الوزير الضيف عن تقدير بلاده للدعم الذي تقدمه الكويت لمشاريع التنمية.\n"
	cases := []struct {
		name, text string
		want       bool
	}{
		{"another place", "وفي أبوجا، أعلنت نيجيريا استعدادها لاستضافة الاجتماع.\n", true},
		{"the pluperfect", "وكانت نيجيريا قد استضافت الشهر الماضي اجتماعا إقليميا.\n", true},
		{"a turn aside", "وعلى صعيد آخر، أعلنت نيجيريا استعدادها لاستضافة الاجتماع.\n", true},
		{"the contact's sentence", "وأكد اليحيا حرص الكويت على تعزيز التعاون مع نيجيريا.\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(lede + tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			found := false
			for mi := range st.ms {
				m := &st.ms[mi]
				if m.FirstTok() > st.ledeEnd && string(st.src[m.Start():m.End()]) == "نيجيريا" {
					found = true
					x := st.roleFeatures(st.episodes[0], mi, false)
					assert.Equal(t, tc.want, x[rfElsewhere] == 1)
				}
			}
			assert.True(t, found, "نيجيريا is named after the lede")
		})
	}
}

// TestContactElsewhere: a sentence that opens in another place with a
// contact's verb right after the place (a bulletin's item telling its
// contact there) introduces that contact's parties, not people of another
// story; one with another verb there tells another story.
func TestContactElsewhere(t *testing.T) {
	_, c := testChecker(t)
	const lede = "نبدأ نشرتنا من سوريا، حيث تواصل فرق الإغاثة عملها في المناطق المتضررة من الزلزال في ريف حلب.\n"
	cases := []struct {
		name, text string
		contact    bool
	}{
		{"a reception there", "وفي بغداد، استقبل رئيس مجلس الوزراء العراقي وزير الخارجية الإيراني عباس عراقجي.\n", true},
		{"an announcement there", "وفي بغداد، أعلن وزير الخارجية الإيراني عباس عراقجي أن بلاده ستستضيف اجتماعا إقليميا.\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(lede + "وتواصل فرق الدفاع المدني البحث عن ناجين تحت الأنقاض.\n" + tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			for mi := range st.ms {
				if m := &st.ms[mi]; m.Kind == entities.Person && m.FirstTok() > st.ledeEnd {
					assert.Equal(t, tc.contact, st.contactElsewhere(m), string(st.src[m.Start():m.End()]))
				}
			}
			assert.Equal(t, !tc.contact, st.introducedOfficial("IR"))
		})
	}
}
