package consistency_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// koreaRelease is a clean Japan–South Korea readout in the project's own
// words: the guest is named by a nisba of two adjectives (الكوري الجنوبي),
// North Korea is a topic.
const koreaRelease = `طوكيو 14 مايو 2025 (كونا) - أجرى وزير الخارجية الياباني تاكيشي إيوايا اليوم الأربعاء في طوكيو محادثات مع نظيره الكوري الجنوبي تشو تاي يول، تناولت العلاقات الثنائية وسبل تعزيزها في مجالات التجارة والتقنية والتبادل الثقافي.
وقال إيوايا إن العلاقات اليابانية الكورية الجنوبية تشهد مرحلة جديدة من الثقة، وإن البلدين يتشاركان القيم والمصالح في المنطقة.
وأعرب الجانب الكوري عن تقديره لحفاوة الاستقبال، مؤكدا رغبة سيول في توسيع التعاون مع طوكيو في سلاسل الإمداد وأشباه الموصلات.
وتبادل الوزيران وجهات النظر حول التجارب الصاروخية الأخيرة لكوريا الشمالية، وأكدا أن البرنامج النووي الكوري الشمالي يهدد السلام في شبه الجزيرة الكورية.
واتفق الجانبان على مواصلة التنسيق الثلاثي مع الولايات المتحدة، وعلى عقد الجولة المقبلة من الحوار الاستراتيجي في سيول قبل نهاية العام.
`

// TestNisbaPhraseStates: a nisba of two adjectives (الكوري الجنوبي، الكورية
// الشمالية) names one state, so a readout of one Korea is bilateral and the
// other Korea in a party's place is a conflict whose suggestion names the
// participant alone (الكوري الجنوبي, not الكوري, which names both).
func TestNisbaPhraseStates(t *testing.T) {
	t.Run("clean: bilateral, the other Korea a topic", func(t *testing.T) {
		assert.Equal(t, []string{"JP", "KR"}, partsOf(t, koreaRelease))
		rep, err := mustChecker(t).Check([]byte(koreaRelease))
		require.NoError(t, err)
		assert.Empty(t, rep.Findings)
	})
	t.Run("slip: the party named by the other Korea's nisba", func(t *testing.T) {
		text := strings.Replace(koreaRelease, "وأعرب الجانب الكوري عن", "وأعرب الجانب الكوري الشمالي عن", 1)
		requireOneFix(t, text, finding.CountryConflict, "الكوري الشمالي", "الكوري الجنوبي")
		assert.Equal(t, []string{"JP", "KR"}, partsOf(t, text))
	})
	t.Run("slip: feminine", func(t *testing.T) {
		text := strings.Replace(koreaRelease, "وأعرب الجانب الكوري عن", "وأعربت الوزيرة الكورية الشمالية عن", 1)
		fs := findingsOf(t, text, finding.CountryConflict)
		require.Len(t, fs, 1)
		assert.Equal(t, "الكورية الشمالية", fs[0].Text)
		require.NotNil(t, fs[0].Suggestion)
		assert.Equal(t, "الكورية الجنوبية", *fs[0].Suggestion)
	})
}
