package consistency_test

import "testing"

// TestEventsNameTheirParties: a joint statement names its two issuers, a
// bilateral gathering (a summit, a joint committee's session) its two
// states, and an interview its interviewee and the state the interviewee
// visits or pairs his own with, with no word of contact in the text. Both
// ways: a statement about two states, a business forum, a gathering
// announced, an interview on home affairs and one that dwells on a third
// state keep no participants, and a slip in a joint statement is judged
// once its issuers are the parties. The texts are our own.
func TestEventsNameTheirParties(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string
	}{
		{
			name: "joint statement: the issuers after the statement word",
			text: "تونس 4 مايو 2027 (وات) - صدر اليوم بيان مشترك عن وزارتي الخارجية في الجمهورية التونسية وجمهورية إندونيسيا في ختام الدورة الأولى للمشاورات السياسية.\n" +
				"1- يتفق الجانبان على تيسير إجراءات التأشيرات لرجال الأعمال.\n" +
				"2- يرحب الجانب الإندونيسي بانضمام تونس إلى منتدى التعاون البحري.\n",
			parts: []string{"TN", "ID"},
		},
		{
			name: "joint statement: the issuers as the subject before it",
			text: "أصدرت جمهورية مصر العربية وجمهورية البرتغال بيانا مشتركا اليوم تضمن النقاط التالية:\n" +
				"أولا: يعمل البلدان على إطلاق خط شحن بحري بين الإسكندرية ولشبونة.\n" +
				"ثانيا: يدعم الجانب البرتغالي ترشيح مصر لعضوية مجلس حقوق الإنسان.\n",
			parts: []string{"EG", "PT"},
		},
		{
			name: "joint statement: a nisba pair after it, a slip in a numbered point is judged",
			text: "نص البيان المشترك الصيني الكيني\n" +
				"1. يؤكد الجانبان أن العلاقات بين البلدين تمر بأفضل مراحلها.\n" +
				"2. يؤكد الجانب الكيني التزامه بمبدأ الصين الواحدة.\n" +
				"3. يرحب الجانب الصيني بصادرات الشاي الكينية، ويشجع الشركات الصينية على الاستثمار في كينيا.\n" +
				"4. يشكر الجانب الغاني الصين على دعمها لمشروع السكك الحديدية.\n",
			parts:   []string{"CN", "KE"},
			flagged: []string{"الغاني"},
		},
		{
			name: "a joint committee's session opened with no word of contact",
			text: "مسقط 2 مارس 2027 (العمانية) - انطلقت اليوم في مسقط أعمال الدورة الخامسة للجنة العمانية الهندية المشتركة، برئاسة وزيري التجارة في البلدين.\n" +
				"وتبحث اللجنة مشروعات الأمن الغذائي والطاقة المتجددة والتعليم التقني.\n",
			parts: []string{"OM", "IN"},
		},
		{
			name: "a summit named by a state written like a nisba and a nisba",
			text: "افتتحت في روما اليوم القمة السعودية الإيطالية الأولى للطاقة النظيفة، بحضور وزيري الطاقة في البلدين.\n" +
				"وتناولت الجلسة الأولى مشروعات الهيدروجين الأخضر وربط شبكات الكهرباء.\n",
			parts: []string{"SA", "IT"},
		},
		{
			name: "interview: the state the interviewee visits is the other party, not the outlet's",
			text: "في مقابلة مع صحيفة «الرأي» الكويتية، قال وزير الخارجية الماليزي محمد حسن إن زيارته الأولى إلى المغرب فتحت آفاقا واسعة للتعاون في الصناعات الحلال.\n" +
				"وأضاف أن البلدين سيوقعان قريبا اتفاقية لتجنب الازدواج الضريبي.\n",
			parts: []string{"MY", "MA"},
		},
		{
			name: "interview: the state the interviewee pairs his own with",
			text: "مقابلة: وزير الخارجية الفيتنامي: نتطلع إلى شراكة أعمق\n" +
				"هانوي 3 يونيو 2027 (شينخوا) قال وزير الخارجية الفيتنامي بوي ثانه سون في مقابلة خاصة مع وكالة أنباء شينخوا إن بلاده تعتبر العلاقات مع جيرانها أولوية قصوى.\n" +
				"وأوضح أن الروابط التاريخية بين فيتنام ولاوس تمثل نموذجا للتضامن، وأن لاوس تبقى أقرب شركاء بلاده.\n",
			parts: []string{"VN", "LA"},
		},
		{
			name: "interview: a heading and a byline before the interviewee's words, his visit in them",
			text: "حوار خاص\nوزير الخارجية الغاني لـ«الوطن»: نريد خطا جويا مباشرا\nحاوره: سالم أحمد\n" +
				"قال صامويل أوكودزيتو أبلاكوا، وزير الخارجية الغاني، إن زيارته الحالية للمنامة تفتح صفحة جديدة، وإن بلاده تعول على الخبرة البحرينية في إدارة الموانئ.\n",
			parts: []string{"GH", "BH"},
		},
		{
			name:  "a heading that is no interview, one party speaking of another state",
			text:  "حوار الحضارات\nقال وزير الثقافة المغربي في ندوة بالرباط إن المغرب يدعم الحوار بين الثقافات، مشيرا إلى أن إسبانيا شريك ثقافي مهم.\n",
			parts: nil,
		},
		{
			name:  "a joint statement about two states, issued by no pair: no participants",
			text:  "دعا بيان مشترك بشأن السودان وتشاد إلى فتح ممرات إنسانية آمنة على الحدود بين البلدين.\n",
			parts: nil,
		},
		{
			name: "a business forum is no state's contact",
			text: "الرياض -- انطلقت أمس أعمال منتدى رجال الأعمال السعودي الفرنسي لبحث فرص الاستثمار في قطاع السياحة.\n" +
				"وقال المنظمون إن شركات من البلدين عرضت مشروعاتها على المستثمرين.\n",
			parts: nil,
		},
		{
			name:  "a summit announced, not held",
			text:  "من المقرر أن تنعقد القمة السعودية الإيطالية الأولى للطاقة النظيفة في روما الشهر المقبل.\n",
			parts: nil,
		},
		{
			name: "an interview on home affairs: one party only",
			text: "قال وزير الاقتصاد الأرجنتيني في مقابلة إذاعية أمس إن التضخم سيتراجع إلى رقم واحد بحلول نهاية العام.\n" +
				"وأضاف أن صادرات الأرجنتين من القمح إلى البرازيل ارتفعت، وأن البرازيل تبقى أكبر مستورد للسيارات الأرجنتينية.\n",
			parts: nil,
		},
		{
			name: "an interview that dwells on a third state: a topic, not a party",
			text: "في حوار مع صحيفة «الخليج»، قال وزير الخارجية الهولندي إن بلاده قلقة من التطورات في السودان.\n" +
				"وأضاف أن السودان يحتاج إلى وقف فوري لإطلاق النار، وأن السودان لن يستقر دون حل سياسي شامل.\n",
			parts: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, tt.flagged)
		})
	}
}

// TestBriefingVisit: a spokesperson's briefing, whose lede names the
// spokesperson's state alone, has as its other party the state whose
// official a question and its answer report a contact with, named by a
// title. Both ways: questions on other matters, a contact only announced,
// and questions about two states' officials keep no pair. The texts are
// our own.
func TestBriefingVisit(t *testing.T) {
	const lede = "بكين 5 مايو 2027 (شينخوا) -- فيما يلي مقتطفات من المؤتمر الصحفي الدوري للمتحدثة باسم وزارة الخارجية الصينية ماو نينغ اليوم الأربعاء.\n" +
		"سؤال: ما موقف الصين من الدعوات إلى خفض انبعاثات الكربون؟\n" +
		"جواب: الصين ملتزمة بأهدافها المناخية.\n"
	tests := []struct {
		name  string
		text  string
		parts []string
	}{
		{
			name: "a question on a visit under way, answered with the talks held",
			text: lede + "سؤال: يزور رئيس الوزراء النيبالي الصين هذا الأسبوع. ما نتائج زيارته؟\n" +
				"جواب: أجرى رئيس مجلس الدولة لي تشيانغ محادثات معه أمس، واتفق الجانبان على إنشاء ممر تجاري عبر جبال الهيمالايا.\n",
			parts: []string{"CN", "NP"},
		},
		{
			name:  "questions on other matters only",
			text:  lede + "سؤال: هل لديكم تعليق على انتخابات البرلمان الأوروبي؟\nجواب: لا تعليق لدي.\n",
			parts: nil,
		},
		{
			name:  "a visit only announced",
			text:  lede + "سؤال: هل سيزور الرئيس الفنلندي الصين الشهر المقبل؟\nجواب: سننشر المعلومات في الوقت المناسب.\n",
			parts: nil,
		},
		{
			name: "two questions on two states' officials",
			text: lede + "سؤال: التقى وزير الخارجية وانغ يي أمس وزير الخارجية البيروفي. ما نتائج اللقاء؟\nجواب: اتفق الجانبان على تعزيز التعاون في التعدين.\n" +
				"سؤال: وماذا عن محادثاته مع وزير الخارجية التشيلي؟\nجواب: أجرى الوزيران محادثات مثمرة.\n",
			parts: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, nil)
		})
	}
}

// TestDeputiesAsParties: an undersecretary (وكيل وزارة الخارجية العماني)
// and a deputy minister with a feminine title (نائبة وزير الخارجية) are
// parties by their titles, and a capital that is also a word (مسقط) is
// the dateline when a date follows it. Both ways: a ministry alone (وزارة
// الخارجية العمانية، the source of the news) is no party, nor is a capital
// that is also a word where no date follows it. The texts are our own.
func TestDeputiesAsParties(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		parts []string
	}{
		{
			name: "an undersecretary receives a deputy minister with a feminine title",
			text: "استقبل وكيل وزارة الخارجية البحريني للشؤون السياسية اليوم نائبة وزير الخارجية الإستونية والوفد المرافق لها.\n" +
				"وبحث الجانبان فرص التعاون في مجال الحكومة الرقمية.\n",
			parts: []string{"BH", "EE"},
		},
		{
			name: "an undersecretary named by office alone, at a dateline that is also a word",
			text: "مسقط 4 فبراير 2027 (العمانية) - عقد وكيل وزارة الخارجية للشؤون الدبلوماسية ونائبة وزير خارجية سلوفينيا اليوم جولة المشاورات السياسية الأولى بين البلدين.\n" +
				"وتناولت المشاورات التعاون في مجالي السياحة والطاقة.\n",
			parts: []string{"OM", "SI"},
		},
		{
			name: "a ministry that is the source of the news is no party",
			text: "ذكرت وزارة الخارجية العمانية أن وزير الخارجية الياباني التقى نظيره الكوري الجنوبي في طوكيو اليوم.\n" +
				"وبحث الوزيران التعاون في مجال أشباه الموصلات.\n",
			parts: []string{"JP", "KR"},
		},
		{
			name: "a capital that is also a word, with no date after it, is no dateline",
			text: "مسقط رأس الرئيس الكيني وليام روتو في وادي ريفت استقبل اليوم وزيرة الخارجية الأوغندية في زيارة خاصة.\n" +
				"وبحثت الوزيرة مع الرئيس الكيني مشروعات الطرق بين البلدين.\n",
			parts: []string{"KE", "UG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, nil)
		})
	}
}
