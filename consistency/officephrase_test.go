package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestOfficePhraseName: the name after an office's phrase (المبعوث
// الأممي إلى …، المندوب الدائم لـ… لدى الأمم المتحدة، المنسقة المقيمة …)
// is a titled person's, found again written another way; the phrase
// before a common word reads no name, and a name written one way is no
// variant.
func TestOfficePhraseName(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"an envoy's name after the UN's nisba and a post, a long vowel added alone later",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم المبعوث الأممي إلى ليبيا يوهان ماركستروم، وبحث الجانبان الأوضاع في ليبيا.\n" +
				"وأكد الصفدي دعم الأردن لجهود ماركستروم الرامية إلى حل سياسي، فيما عرض ماركيستروم خطته.\n",
			"ماركيستروم", "ماركستروم"},
		{"a permanent representative's name after the state and the body, the surname alone later without its long vowel",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم المندوب الدائم للنرويج لدى الأمم المتحدة توربيورن فالديرهاوغ، وبحث الجانبان الأوضاع في المنطقة.\n" +
				"وأكد الصفدي تقديره لمواقف فالديرهوغ الداعمة.\n",
			"فالديرهوغ", "فالديرهاوغ"},
		{"a resident coordinator's name (an office title of no state's title phrase)",
			ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم المنسقة المقيمة للأمم المتحدة في الأردن شيلا كارلسون، وبحثا برامج دعم اللاجئين.\n" +
				"وثمن الصفدي جهود كارلسن في تنسيق المساعدات.\n",
			"كارلسن", "كارلسون"},
		{"a representative's name after the title without its article",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم ممثل الاتحاد الأوروبي في ليبيا يوهان ماركستروم، وبحث الجانبان الأوضاع في ليبيا.\n" +
				"وأكد الصفدي دعم الأردن لجهود ماركستروم الرامية إلى حل سياسي، فيما عرض ماركيستروم خطته.\n",
			"ماركيستروم", "ماركستروم"},
		{"an envoy's name after the title with a proclitic",
			ledeJO + "وأشاد وزير الخارجية الأردني أيمن الصفدي اليوم بالدور الذي يقوم به المبعوث الأممي إلى ليبيا، خلال لقائه بالمبعوث الأممي إلى ليبيا يوهان ماركستروم.\n" +
				"وأكد الصفدي دعم الأردن لجهود ماركستروم الرامية إلى حل سياسي، فيما عرض ماركيستروم خطته.\n",
			"ماركيستروم", "ماركستروم"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"an envoy's mission, no name after the phrase",
			ledeJO + "رحب وزير الخارجية الأردني أيمن الصفدي اليوم بجهود المبعوث الأممي لتثبيت وقف إطلاق النار في ليبيا، مؤكدا أن تثبيت الهدنة أولوية.\n"},
		{"an envoy's name written one way",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم المبعوث الأممي إلى ليبيا يوهان ماركستروم، وبحث الجانبان الأوضاع في ليبيا.\n" +
				"وأكد الصفدي دعم الأردن لجهود ماركستروم الرامية إلى حل سياسي.\n"},
		{"two envoys of close surnames, each with a given name",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم المبعوث الأممي إلى ليبيا يوهان ماركستروم، والمبعوث الأوروبي إلى ليبيا بيتر ماركستروم.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}
