package consistency_test

import "testing"

// TestQuotedSubject: a participant's speaker whose quoted words open with
// another state (the quotation before the speaker, «…»، قال الصفدي; in
// inverted commas; a speaker named by an office) meant their own state;
// so did one whose quoted words open with another state that acts (a
// stance word after it). A quotation that names a third state as a topic
// (the parties named after it, no stance word), as one it supports, as
// another subject beside the speaker's own, or that another state's own
// official speaks, is left alone. The texts are our own.
func TestQuotedSubject(t *testing.T) {
	const lede = "بغداد 20 يناير 2026 (واع) - استقبل وزير الخارجية العراقي فؤاد حسين اليوم نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، وبحث الجانبان العلاقات بين العراق والأردن.\n"
	runCases(t, []checkCase{
		{
			name: "the quotation before its speaker, in guillemets",
			text: lede + "«إن السعودية ماضية في دعم العراق وشعبه»، قال الصفدي في مؤتمر صحفي مشترك.\n",
			want: []wantConflict{{"السعودية", "SA", "JO", "الأردن", "quote-subject"}},
		},
		{
			name: "the quotation before its speaker, in inverted commas",
			text: lede + "\"إن السعودية ماضية في دعم العراق وشعبه\"، قال الصفدي في مؤتمر صحفي مشترك.\n",
			want: []wantConflict{{"السعودية", "SA", "JO", "الأردن", "quote-subject"}},
		},
		{
			name: "a third state the speaker talks about opens the quotation",
			text: lede + "وقال الصفدي: «سوريا تمر بمرحلة صعبة تحتاج فيها إلى دعم المجتمع الدولي».\n",
		},
		{
			name: "a third state opens the quotation, the two parties named after it",
			text: lede + "وقال الصفدي: «ليبيا بحاجة إلى حل سياسي، وعمّان وبغداد متفقتان على ذلك».\n",
		},
		{
			name: "a third state opening the quotation with a stance word after it",
			text: lede + "وقال الصفدي: «سوريا مستعدة لتوسيع الربط الكهربائي وزيادة صادراتها من الطاقة».\n",
			want: []wantConflict{{"سوريا", "SY", "JO", "الأردن", "quote-subject"}},
		},
		{
			name: "the speaker's own state as written",
			text: lede + "«إن الأردن ماض في دعم العراق وشعبه»، قال الصفدي في مؤتمر صحفي مشترك.\n",
		},
		{
			name: "a speaker named by an office and a nisba, no name",
			text: lede + "وقال وزير الخارجية الأردني: «إن سوريا ستبقى سندا للعراق في جهوده».\n",
			want: []wantConflict{{"سوريا", "SY", "JO", "الأردن", "quote-subject"}},
		},
		{
			name: "a third state as the topic and the object of support",
			text: lede + "وقال الصفدي: «نحن قلقون من تدهور الأوضاع في السودان، وندعم السعودية في جهودها لوقف القتال هناك».\n",
		},
		{
			name: "a third state as a subject beside the speaker's own",
			text: lede + "وقال الصفدي: «إن سوريا تحتاج إلى دعم جيرانها، والأردن والعراق مستعدان لذلك».\n",
		},
		{
			name: "the speaker's own state first, a third state welcomed after",
			text: lede + "«إن الأردن ماض في دعم العراق وشعبه، ونرحب بمشاركة السعودية في مشروع الربط الكهربائي»، قال الصفدي.\n",
		},
		{
			name: "a third state's own official quoted",
			text: lede + "وكان وزير الخارجية المصري قد صرح الأسبوع الماضي: «مصر تتابع باهتمام جهود التنسيق بين البلدين».\n",
		},
	})
}
