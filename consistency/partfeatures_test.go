package consistency_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// TestPartFeatures: each feature of the fitted pair reading is on for one
// state of a text and off for another: most are on for a state the text
// makes a party and off for a third state it only names (a topic, a place
// or an item of a list); topic, body and lookalike the other way round or
// between third states.
func TestPartFeatures(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	const (
		// a visit to Cairo by Jordan's minister; Sudan only discussed
		visit = "القاهرة 3 مارس 2026 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة نظيره الأردني، " +
			"في زيارة تستمر يومين.\nوتناول الجانبان الأوضاع في السودان وسبل دعم الاستقرار فيه.\n" +
			"وأكد الوزيران متانة العلاقات بين مصر والأردن، واتفقا على مواصلة التنسيق.\n"
		// two states coordinated as the contact's subject; a list of others
		pair = "موسكو 5 أبريل 2026 - روسيا والسعودية تبحثان تعزيز التعاون في مجال الطاقة.\n" +
			"وتناولت المباحثات أسواق النفط في الهند والصين والبرازيل، وآفاق الطلب على الخام في العام المقبل.\n" +
			"وأشار الجانبان في ختام المباحثات إلى أن الطلب في الهند يواصل النمو بوتيرة سريعة.\n"
		// Niger's minister in Rabat; Nigeria named once in a list
		lookalike = "الرباط 7 مايو 2026 - استقبل وزير الخارجية المغربي اليوم وزير خارجية النيجر.\n" +
			"وبحث الوزيران التعاون بين المغرب والنيجر، وأوضاع منطقة الساحل، كما تطرقا إلى المبادلات مع نيجيريا والسنغال ومالي.\n" +
			"وأكد الجانب النيجري حرصه على تعزيز العلاقات مع المغرب.\n"
	)
	names := consistency.PartFeatureNames()
	tests := []struct {
		feature, text, on, off string
	}{
		{"rule", visit, "JO", "SD"},
		{"counterpart", visit, "JO", "SD"},
		{"title", visit, "EG", "SD"},
		{"lede-title", visit, "EG", "SD"},
		{"official", visit, "EG", "SD"},
		{"party", visit, "EG", "SD"},
		{"lede-score", visit, "JO", "SD"},
		{"first", visit, "JO", "SD"},
		{"acting", visit, "JO", "SD"},
		{"topic", visit, "SD", "JO"},
		{"body", pair, "IN", "RU"}, // the body names India, the lede alone Russia
		{"strict", visit, "EG", "SD"},
		{"loose", visit, "EG", "SD"},
		{"home", visit, "EG", "SD"},
		{"contact-pair", pair, "SA", "IN"},
		{"rule", pair, "RU", "CN"},
		{"lookalike", lookalike, "NG", "SN"},
	}
	for _, tt := range tests {
		t.Run(tt.feature+"/"+tt.on, func(t *testing.T) {
			fi := slices.Index(names, tt.feature)
			require.GreaterOrEqual(t, fi, 0, tt.feature)
			x := map[string][]float64{}
			for _, s := range consistency.PartSamples(c, []byte(tt.text)) {
				x[s.ID] = s.X
			}
			require.Contains(t, x, tt.on)
			require.Contains(t, x, tt.off)
			assert.Positive(t, x[tt.on][fi], "%s of %s", tt.feature, tt.on)
			assert.Zero(t, x[tt.off][fi], "%s of %s", tt.feature, tt.off)
		})
	}
}
