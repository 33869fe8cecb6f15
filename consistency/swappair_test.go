package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestSwapPairScored: a person no list knows, named in full after a title
// or an honorific, whose surname the text writes again alone with a letter
// of one transliteration class for another, is one person written two
// ways when the evidence adds up (a short surname where a name stands, a
// long one outside it when the substitution is common in real spellings
// and the name recurs); a common word a letter away, two people, and a
// weak substitution with nothing else for it are left alone.
func TestSwapPairScored(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a four-letter surname, تش for ش where a name stands (before a verb's object)",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف تشوبي، رئيس بعثة منظمة دولية للإغاثة، وبحثا دعم المخيمات.\n" +
				"وأشاد شوبي بجهود الأردن في استضافة اللاجئين.\n",
			"شوبي", "تشوبي"},
		{"a six-letter surname respelt غ for ج outside a name's place, named twice as first written",
			ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم السيدة لوفينا دارغوني، مديرة صندوق تنموي أوروبي.\n" +
				"وأشارت دارغوني إلى أن الصندوق يمول عشرين مشروعا، وأكد الصفدي أهمية برامج دارجوني في دعم الشباب.\n",
			"دارجوني", "دارغوني"},
		{"a four-letter surname, ث for س where a name stands, the surname recurring as first written",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السفير فيرام ثوكل، ممثل الاتحاد البرلماني الدولي.\n" +
				"وأشاد ثوكل بدور الأردن في المنطقة.\n" +
				"ودعا سوكل إلى تعزيز الحوار البرلماني.\n",
			"سوكل", "ثوكل"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"a common word one letter class from a titled four-letter surname, outside a name's place",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماروف ثبيل، رئيس بعثة منظمة دولية للإغاثة.\n" +
				"وأكد الصفدي أن الجانبين يعملان في سبيل حل الأزمات.\n"},
		{"two people whose surnames are تش and ش apart, each named in full",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد بافيل تشيرنوك، مدير البرنامج، والسيد توماس شيرنوك، مستشاره.\n" +
				"وقال تشيرنوك إن البرنامج يشمل ثلاث محافظات، فيما قال شيرنوك إن التمويل مضمون.\n"},
		{"a weak substitution (ث for س) of a four-letter surname outside a name's place, the surname named once",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد فيرام ثوكل، ممثل الاتحاد البرلماني الدولي.\n" +
				"وأكد الصفدي أهمية برامج سوكل في دعم الحوار البرلماني.\n"},
		{"the same weak substitution (ث for س) where a name stands, the surname not named again as first written",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السفير فيرام ثوكل، ممثل الاتحاد البرلماني الدولي.\n" +
				"ودعا سوكل إلى تعزيز الحوار البرلماني.\n"},
		{"a father and his son, a long surname written one way",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد هاينز دارغوني ونجله السيد كلاوس دارغوني، ممثلي مؤسسة خيرية.\n" +
				"وقال هاينز دارغوني إن المؤسسة تدعم التعليم.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			assert.Empty(t, fs)
		})
	}
}

// TestTitledNameRecurs: two words no list knows right after a title phrase
// that names no state are a person's name when the second recurs where a
// name stands, as written or respelt (and then a respelling alone is a
// variant); words after a title that never recur as a name, a name
// written one way throughout, and a second person named with another given
// name of the lexicon before a near surname give no variant.
func TestTitledNameRecurs(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a ministry's long title, the surname respelt غ for ج after a verb",
			ledeJO + "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين دولان غيرموك اليوم مع وفد برلماني أوروبي سبل دعم اللاجئين.\n" +
				"وأكد جيرموك خلال اللقاء أهمية الشراكة مع الاتحاد الأوروبي.\n",
			"جيرموك", "غيرموك"},
		{"a minister's title, a four-letter surname respelt تش for ش, named again as written",
			ledeJO + "التقى وزير التخطيط والتعاون الدولي رافين تشوما اليوم وفدا من البنك الدولي.\n" +
				"وأشاد تشوما بالتمويل الميسر، فيما أكد شوما أن المشاريع تشمل المياه والطاقة.\n",
			"شوما", "تشوما"},
		{"the person's own given name before the surname respelt",
			ledeJO + "التقى وزير التخطيط رافين شوما اليوم وفدا من البنك الدولي.\n" +
				"وقال رافين شوما إن المشاريع تشمل المياه والطاقة.\n" +
				"وأكد رافين تشوما أن التمويل مضمون.\n",
			"تشوما", "شوما"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"words after a title that never stand again where a name stands",
			ledeJO + "بحث وزير الخارجية وشؤون المغتربين صباح أمس مع وفد برلماني أوروبي سبل دعم اللاجئين.\n" +
				"وأكد الوفد أن أمس شهد اتفاقا على زيادة الدعم.\n"},
		{"a titled name no list knows written one way",
			ledeJO + "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين دولان غيرموك اليوم مع وفد برلماني أوروبي سبل دعم اللاجئين.\n" +
				"وأكد غيرموك خلال اللقاء أهمية الشراكة مع الاتحاد الأوروبي.\n"},
		{"two people under two titles, surnames تش and ش apart, each named in full again",
			ledeJO + "التقى وزير التخطيط رافين تشوما ووزير المالية كارل شوما اليوم وفدا من البنك الدولي.\n" +
				"وقال رافين تشوما إن المشاريع تشمل المياه، فيما قال كارل شوما إن التمويل مضمون.\n"},
		{"a second person, a given name of the lexicon before a surname تش and ش apart",
			ledeJO + "التقى وزير التخطيط رافين شوما اليوم وفدا من البنك الدولي.\n" +
				"وقال رافين شوما إن المشاريع تشمل المياه والطاقة.\n" +
				"وتولى كريم تشوما تنسيق البرنامج من جانب البنك.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			assert.Empty(t, fs)
		})
	}
}

// FuzzTitledNameRecurs: a title phrase, any two words after it and any
// word written again where a name stands keep Check's invariants
// (FuzzCheck's): the paths that read a titled name no list knows and score
// a lone word's pairing with its surname read them.
func FuzzTitledNameRecurs(f *testing.F) {
	f.Add("دولان غيرموك", "جيرموك")
	f.Add("رافين تشوما", "شوما")
	f.Add("", "\xff")
	c := checker(f)
	f.Fuzz(func(t *testing.T, name, again string) {
		src := ledeJO + "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين " + name +
			" اليوم مع وفد أوروبي سبل التعاون.\nوأكد " + again + " خلال اللقاء أهمية الشراكة، فيما أشار " + again + " إلى الدعم.\n"
		checkInvariants(t, c, []byte(src))
	})
}
