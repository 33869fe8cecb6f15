package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestSecondPersonNearName: a person the text names in full, and a second
// person introduced later with a given name of their own and a surname the
// same or a letter of one foreign sound away, are two people: whether the
// second given name is one of the lexicon or a word no list knows, whether
// the first person is read after a title, found by the name's recurrence or
// also named by the surname alone. The same surname written another way alone,
// after the person's own given name or after a verb that opens with a
// conjunction, is still the first person written two ways.
func TestSecondPersonNearName(t *testing.T) {
	const lede = "عمان 4 مارس 2026 (بترا) "
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a word of the language before the surname respelt, no name's place (a construct noun)",
			lede + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم السيدة لوفينا دارغوني، مديرة صندوق تنموي أوروبي.\n" +
				"وأشارت دارغوني إلى أن الصندوق يمول عشرين مشروعا في المحافظات، وأكد الصفدي أهمية مشاريع دارجوني في دعم الشباب.\n",
			"دارجوني", "دارغوني"},
		{"a verb opening with a conjunction before the surname respelt غ for ج is no given name",
			lede + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم السيدة لوفينا دارغوني، مديرة صندوق تنموي أوروبي.\n" +
				"وأشارت دارغوني إلى أن الصندوق يمول عشرين مشروعا في المحافظات.\n" +
				"وتابعت دارجوني أن المرحلة الثانية تبدأ في الخريف.\n",
			"دارجوني", "دارغوني"},
		{"the person's own given name before the surname respelt, the surname also named alone",
			lede + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف دارغوني، رئيس بعثة منظمة دولية للإغاثة، وبحثا دعم المخيمات.\n" +
				"وقال دارغوني إن البعثة ستوسع عملها في الشمال.\n" +
				"ويتولى ماروف دارجوني، مدير العمليات في البعثة، متابعة الخطة الميدانية.\n",
			"دارجوني", "دارغوني"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"a given name no list knows before a surname غ and ج apart, a title after the two words",
			lede + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف دارغوني، رئيس بعثة منظمة دولية للإغاثة، وبحثا دعم المخيمات.\n" +
				"وأشاد دارغوني بجهود الأردن في استضافة اللاجئين، وأكد أن دارغوني وفريقه سيزورون الشمال.\n" +
				"ويتولى بريسك دارجوني، نائب رئيس البعثة، متابعة الخطة الميدانية.\n"},
		{"a given name no list knows after an honorific, before a surname غ and ج apart",
			lede + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف دارغوني، رئيس بعثة منظمة دولية للإغاثة، وبحثا دعم المخيمات.\n" +
				"وأشاد دارغوني بجهود الأردن في استضافة اللاجئين، وأكد أن دارغوني وفريقه سيزورون الشمال.\n" +
				"وحضر اللقاء المستشار بريسك دارجوني وعدد من أعضاء البعثة.\n"},
		{"a given name of the lexicon before the near surname of a person also named by the surname alone",
			lede + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف دارغوني، رئيس بعثة منظمة دولية للإغاثة، وبحثا دعم المخيمات.\n" +
				"وقال دارغوني إن البعثة ستوسع عملها في الشمال.\n" +
				"ويتولى ميخائيل دارجوني، مدير العمليات في البعثة، متابعة الخطة الميدانية.\n"},
		{"a given name of the lexicon before the near surname of a titled name found by its recurrence",
			lede + "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين دولان زيرموك اليوم مع وفد برلماني أوروبي سبل دعم اللاجئين.\n" +
				"وأكد زيرموك خلال اللقاء أهمية الشراكة مع الاتحاد الأوروبي.\n" +
				"وحضر اللقاء يوسف ثيرموك، مدير مكتب الوفد في عمان.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			assert.Empty(t, fs)
		})
	}
}
