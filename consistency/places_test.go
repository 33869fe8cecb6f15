package consistency_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestVisitAttributes: the visit's destination and the place where the
// meeting happened are attributes of one visit. Wherever the text says
// where the meeting was (the dateline after a headline, a state named by
// its capital's name, the city in the lede, another destination of the
// same visit), a destination given a third state is the slip; a stop
// elsewhere, a visit to come and a visit during which nothing was held are
// left alone. The texts are our own.
func TestVisitAttributes(t *testing.T) {
	const body = "وبحث الوزيران العلاقات بين الجزائر وتونس وسبل تعزيز التنسيق في المناطق الحدودية.\n"
	runCases(t, []checkCase{
		{
			name: "arrived, with the visitor's full title, name and the time between the verb and إلى",
			text: "الجزائر 11 نوفمبر 2026 (واج) - وصل وزير الشؤون الخارجية التونسي محمد علي النفطي اليوم إلى المغرب في زيارة عمل، " +
				"يجري خلالها مباحثات مع نظيره الجزائري أحمد عطاف.\n" + body,
			want: []wantConflict{{"المغرب", "MA", "DZ", "الجزائر", "visit-destination"}},
		},
		{
			name: "the same visit to the dateline's state is right",
			text: "الجزائر 11 نوفمبر 2026 (واج) - وصل وزير الشؤون الخارجية التونسي محمد علي النفطي اليوم إلى الجزائر في زيارة عمل، " +
				"يجري خلالها مباحثات مع نظيره الجزائري أحمد عطاف.\n" + body,
		},
		{
			name: "a headline before the dateline: the dateline still places the meeting",
			text: "وزير الخارجية الهندي يختتم زيارته إلى السعودية\n" +
				"الرياض 1 ديسمبر 2026 (واس) - اختتم وزير الشؤون الخارجية الهندي سوبرامانيام جايشانكار اليوم زيارته إلى الإمارات، " +
				"أجرى خلالها مباحثات مع صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية.\n" +
				"وتناولت المباحثات العلاقات الثنائية بين المملكة والهند.\n",
			want: []wantConflict{{"الإمارات", "AE", "SA", "المملكة العربية السعودية", "visit-destination"}},
		},
		{
			name: "a visit concluded elsewhere, with no meeting during it, is an earlier stop",
			text: "الرياض 1 ديسمبر 2026 (واس) - استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية اليوم " +
				"وزير الشؤون الخارجية الهندي سوبرامانيام جايشانكار، الذي وصل إلى الرياض بعد أن اختتم زيارته إلى الإمارات.\n" +
				"وتناولت المباحثات العلاقات الثنائية بين المملكة والهند.\n",
		},
		{
			name: "the visit at whose end a next visit is planned is under way",
			text: "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر جلسة مباحثات مع الرئيس الرواندي بول كاغامي اليوم.\n" +
				"ومن المقرر أن يتوجه الرئيس كاغامي في ختام زيارته إلى الكويت إلى أبوظبي، في زيارة مرتقبة إلى الإمارات.\n" +
				"ووقع الجانبان اتفاقية بين قطر ورواندا لتجنب الازدواج الضريبي.\n",
			want: []wantConflict{{"الكويت", "KW", "QA", "قطر", "visit-destination"}},
		},
		{
			name: "the next stop, planned after the visit under way, is another visit",
			text: "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر جلسة مباحثات مع الرئيس الرواندي بول كاغامي اليوم.\n" +
				"ومن المقرر أن يتوجه الرئيس كاغامي في ختام زيارته إلى قطر إلى أبوظبي، في زيارة مرتقبة إلى الإمارات.\n" +
				"ووقع الجانبان اتفاقية بين قطر ورواندا لتجنب الازدواج الضريبي.\n",
		},
		{
			name: "the lede's place of the talks against the dateline",
			text: "فيينا 5 مايو 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي محادثات في كانبرا اليوم مع وزيرة الخارجية النمساوية بياته ماينل رايزينغر.\n" +
				"وقال وانغ إن الصين والنمسا تربطهما علاقات متينة.\n",
			want: []wantConflict{{"كانبرا", "AU", "AT", "فيينا", "meeting-place"}},
		},
		{
			name: "the dateline is where the report was filed: never judged itself",
			text: "لندن 12 مايو 2026 (شينخوا) - استقبل الرئيس الغاني جون ماهاما في قصر الرئاسة بأكرا اليوم وزير الخارجية الصيني وانغ يي.\n" +
				"وبحث الجانبان العلاقات بين الصين وغانا.\n",
		},
		{
			name: "talks in a third state's city on the sidelines of a gathering",
			text: "بكين 25 سبتمبر 2026 (شينخوا) - التقى وزير الخارجية الصيني وانغ يي في نيويورك اليوم نظيرته النمساوية بياته ماينل رايزينغر على هامش اجتماعات الجمعية العامة.\n" +
				"وقال وانغ إن الصين والنمسا تربطهما علاقات متينة.\n",
		},
		{
			name: "talks in a third state's city that the dateline gives too",
			text: "جنيف 5 مايو 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي محادثات في جنيف اليوم مع وزيرة الخارجية النمساوية بياته ماينل رايزينغر.\n" +
				"وقال وانغ إن الصين والنمسا تربطهما علاقات متينة.\n",
		},
		{
			name: "no dateline: the city of the meeting in the lede",
			text: "التقى وزير الخارجية الصيني وانغ يي في هانوي اليوم نظيره الفيتنامي بوي ثانه سون، في اليوم الأول من زيارته إلى لاوس.\n" +
				"وبحث الجانبان العلاقات بين الصين وفيتنام.\n",
			want: []wantConflict{{"لاوس", "LA", "VN", "فيتنام", "visit-destination"}},
		},
		{
			name: "no dateline: a visit given two destinations",
			text: "وصل وزير الخارجية الياباني إلى مانيلا اليوم في زيارة تستمر يومين.\n" +
				"وعقد الوزير الياباني مباحثات مع نظيره الفلبيني، وقال إن زيارته إلى إندونيسيا تأتي في وقت مهم لعلاقات البلدين.\n" +
				"وتناولت المباحثات العلاقات بين اليابان والفلبين.\n",
			want: []wantConflict{{"إندونيسيا", "ID", "PH", "الفلبين", "visit-destination"}},
		},
		{
			name: "no dateline: a tour's next stop, announced, is another visit",
			text: "وصل وزير الخارجية الياباني إلى مانيلا اليوم في زيارة تستمر يومين.\n" +
				"وعقد الوزير الياباني مباحثات مع نظيره الفلبيني، ويتوجه بعدها إلى إندونيسيا في زيارة مرتقبة.\n" +
				"وتناولت المباحثات العلاقات بين اليابان والفلبين.\n",
		},
		{
			name: "no dateline and no place of the meeting: a third state's visit is news",
			text: "عقد وزير الخارجية الياباني مباحثات مع نظيره الفلبيني اليوم.\n" +
				"وتناولت المباحثات العلاقات بين اليابان والفلبين، وزيارة الرئيس الأميركي إلى إندونيسيا.\n",
		},
	})
}

// TestMeetingPlaceAbroad: a third state's city that is not easily
// mistaken for a participant's, as the place of the lede's talks against a
// participant's dateline: named only there, it is the slip; named again
// (the news of a meeting abroad speaks of that country), it stays below
// the default threshold.
func TestMeetingPlaceAbroad(t *testing.T) {
	const lede = "الرياض 5 مايو 2026 (واس) - التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في باريس اليوم وزير الخارجية الهندي سوبرامانيام جايشانكار.\n"
	once := lede + "وبحث الجانبان العلاقات بين المملكة والهند.\n"
	fs := reported(t, once)
	require.Len(t, fs, 1)
	assert.Equal(t, "meeting-place", fs[0].Rule)
	assert.Equal(t, "باريس", fs[0].Text)
	assert.Contains(t, evidenceNotes(fs[0]), "not-confusable ×0.75")

	again := lede + "وبحث الجانبان العلاقات بين المملكة والهند، والتقى سموه في العاصمة الفرنسية رئيس وزراء فرنسا.\n"
	assert.Empty(t, reported(t, again))
}

// TestQuotedParticipantWords: a quotation lowers a conflict's confidence
// only when it is not a participant's own words. A party quoted on the
// meeting names the parties as its reported speech does; a third party
// quoted keeps the lower confidence, and a real third state a party
// quotes outside a party's place is no slip.
func TestQuotedParticipantWords(t *testing.T) {
	const lede = "القاهرة 2 أبريل 2026 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزيرة الخارجية النمساوية " +
		"بياته ماينل رايزينغر في القاهرة.\nوبحث الوزيران العلاقات بين مصر والنمسا وسبل تطويرها.\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "the host quoted on the parties' relations",
			text: lede + "وقال عبد العاطي: «العلاقات بين مصر وأستراليا تاريخية، ونتطلع إلى تطويرها».\n",
			want: []string{"أستراليا"},
		},
		{
			name: "the guest quoted by her office, without her name",
			text: lede + "وقالت وزيرة الخارجية النمساوية: «إن أستراليا مستعدة لزيادة استثماراتها في مصر».\n",
			want: []string{"أستراليا"},
		},
		{
			name: "the speaker named after the quotation",
			text: lede + "«العلاقات بين مصر وأستراليا تاريخية»، قال عبد العاطي في المؤتمر الصحفي.\n",
			want: []string{"أستراليا"},
		},
		{
			name: "the guest's words go on after وأضاف: «…»",
			text: lede + "وقالت رايزينغر إن بلادها تقدر دور مصر. وأضافت: «إن الجانب الأسترالي مستعد لزيادة استثماراته في قناة السويس».\n",
			want: []string{"الأسترالي"},
		},
		{
			name: "a pattern reads through the colon and the quotation marks",
			text: lede + "من جانبه، قال عبد العاطي: «إن أستراليا تقدر الدور المصري في المنطقة».\n",
			want: []string{"أستراليا"},
		},
		{
			name: "a third state's leader quoted keeps the lower confidence",
			text: lede + "وكان رئيس الوزراء الأسترالي قد قال أمس: «العلاقات بين مصر وأستراليا تاريخية».\n",
		},
		{
			name: "a real third state a party quotes as a topic",
			text: lede + "وقالت الوزيرة النمساوية: «إن بلادي تدعم وحدة ليبيا واستقرارها، والعلاقات بين مصر والنمسا متينة».\n",
		},
		{
			name: "the guest quoted by an honorific and her office's nisba, without her name",
			text: lede + "وقالت الوزيرة النمساوية: «إن أستراليا مستعدة لزيادة استثماراتها في مصر».\n",
			want: []string{"أستراليا"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range reported(t, tt.text) {
				got = append(got, f.Text)
				assert.NotContains(t, evidenceNotes(f), "quoted")
			}
			assert.Equal(t, tt.want, got)
		})
	}
	// the third state's leader: still found, below the default threshold
	fs := conflicts(t, tests[5].text)
	require.NotEmpty(t, fs)
	assert.Contains(t, evidenceNotes(fs[len(fs)-1]), "quoted ×0.50")
}

// TestVisitShapes: a visit's destination written the ways another writer
// writes it (زيارة رسمية لـ، في ختام زيارته لـ، غادر … متوجها إلى، the city
// of the talks after بالعاصمة, a visit with talks during it and no
// dateline, a destination that is the visitor's own state, a destination
// written twice, an arrival told in the pluperfect) is judged against the
// place of the meeting; a next stop left for, a visit announced, an earlier
// visit (told in the pluperfect, or dated last month), a return home and
// the right destination are left alone. The texts are our own.
func TestVisitShapes(t *testing.T) {
	const nigerBody = "وتناولت المباحثات التعاون الأمني بين النيجر وبوركينا فاسو ومشاريع الطاقة المشتركة.\n"
	const nigerLede = "نيامي 12 أبريل 2026 - اختتم رئيس الوزراء البوركيني أبولينير كيليم دي تامبيلا اليوم زيارة رسمية %s استغرقت ثلاثة أيام، أجرى خلالها مباحثات مع رئيس الوزراء النيجري علي الأمين زين.\n"
	const algiers = "الجزائر 2 أكتوبر 2026 (واج) - "
	const malSen = "وتناولت المباحثات أمن الحدود بين السنغال ومالي وتطوير ممر داكار باماكو.\n"
	const ngNe = "وبحث الجانبان أمن الحدود بين النيجر ونيجيريا.\n"
	runCases(t, []checkCase{
		{
			name: "an official visit to a state written with ل, against the dateline",
			text: strings.Replace(nigerLede, "%s", "لنيجيريا", 1) + nigerBody,
			want: []wantConflict{{"لنيجيريا", "NG", "NE", "للنيجر", "visit-destination"}},
		},
		{
			name: "the same visit to the dateline's state",
			text: strings.Replace(nigerLede, "%s", "للنيجر", 1) + nigerBody,
		},
		{
			name: "left home heading for a neighbour where the talks are datelined elsewhere",
			text: algiers + "غادر الرئيس التونسي قيس سعيد تونس صباح اليوم متوجها إلى المغرب في زيارة دولة، يلتقي خلالها الرئيس الجزائري عبد المجيد تبون.\n" +
				"وسيبحث الرئيسان العلاقات الثنائية بين الجزائر وتونس والأوضاع في ليبيا.\n",
			want: []wantConflict{{"المغرب", "MA", "DZ", "الجزائر", "visit-destination"}},
		},
		{
			name: "an earlier visit told in the pluperfect",
			text: algiers + "أجرى الرئيس الجزائري عبد المجيد تبون اليوم مباحثات مع الرئيس التونسي قيس سعيد تناولت العلاقات بين الجزائر وتونس.\n" +
				"وكان الرئيس سعيد قد زار مصر مطلع الشهر في إطار جولة عربية.\n",
		},
		{
			name: "an earlier visit dated after its destination",
			text: algiers + "أجرى الرئيس الجزائري عبد المجيد تبون اليوم مباحثات مع الرئيس التونسي قيس سعيد تناولت العلاقات بين الجزائر وتونس.\n" +
				"واستعرض الرئيسان نتائج الزيارة التي قام بها سعيد إلى ليبيا الشهر الماضي.\n",
		},
		{
			name: "the visit's arrival told in the pluperfect, its destination swapped",
			text: algiers + "أجرى الرئيس الجزائري عبد المجيد تبون اليوم مباحثات مع الرئيس التونسي قيس سعيد تناولت العلاقات بين الجزائر وتونس.\n" +
				"وكان الرئيس سعيد قد وصل إلى المغرب أمس في زيارة دولة تستغرق يومين.\n",
			want: []wantConflict{{"المغرب", "MA", "DZ", "الجزائر", "visit-destination"}},
		},
		{
			name: "left the meeting's place for the next stop",
			text: algiers + "أجرى الرئيس الجزائري عبد المجيد تبون اليوم مباحثات مع الرئيس التونسي قيس سعيد تناولت العلاقات بين الجزائر وتونس.\n" +
				"وغادر الرئيس سعيد الجزائر مساء اليوم متوجها إلى المغرب في زيارة عمل.\n",
		},
		{
			name: "at the end of a visit written with ل, the talks in the capital of another state, no dateline",
			text: "في ختام زيارته لموريتانيا، أجرى الرئيس السنغالي باسيرو ديوماي فاي اليوم بالعاصمة باماكو جلسة مباحثات مع الرئيس المالي أسيمي غويتا.\n" + malSen,
			want: []wantConflict{{"موريتانيا", "MR", "ML", "مالي", "visit-destination"}},
		},
		{
			name: "at the end of the visit to the capital's state",
			text: "في ختام زيارته لمالي، أجرى الرئيس السنغالي باسيرو ديوماي فاي اليوم بالعاصمة باماكو جلسة مباحثات مع الرئيس المالي أسيمي غويتا.\n" + malSen,
		},
		{
			name: "arrived with talks during the visit, no dateline: the host is the other participant",
			text: "وصل الرئيس السنغالي باسيرو ديوماي فاي اليوم إلى نواكشوط في زيارة رسمية تستغرق يومين، يجري خلالها مباحثات مع نظيره المالي أسيمي غويتا.\n" +
				"وقال فاي إن السنغال ومالي تتقاسمان تحديات أمنية واحدة.\n",
			want: []wantConflict{{"نواكشوط", "MR", "ML", "باماكو", "visit-destination"}},
		},
		{
			name: "a visit announced to a third state after the talks",
			text: "الدوحة 11 نوفمبر 2026 (قنا) - عقد رئيس مجلس الوزراء وزير الخارجية القطري محادثات اليوم مع وزير الخارجية الكيني موساليا مودافادي الذي وصل إلى الدوحة أمس في زيارة رسمية.\n" +
				"وأعلن مودافادي أنه سيتوجه غدا إلى الكويت في زيارة عمل.\nوتناولت المحادثات العلاقات بين قطر وكينيا.\n",
		},
		{
			name: "the visitor's own state as the destination, the host's capital in the dateline (look-alike)",
			text: "نيامي 3 مارس 2026 - وصل الرئيس النيجيري بولا أحمد تينوبو اليوم إلى نيجيريا في زيارة رسمية يجري خلالها مباحثات مع رئيس المجلس العسكري في النيجر عبد الرحمن تياني.\n" + ngNe,
			want: []wantConflict{{"نيجيريا", "NG", "NE", "النيجر", "visit-destination"}},
		},
		{
			name: "the visitor back home from the host's capital",
			text: "أبوجا 5 مارس 2026 - وصل الرئيس النيجيري بولا أحمد تينوبو إلى أبوجا عائدا من نيامي، حيث أجرى مباحثات مع رئيس المجلس العسكري في النيجر عبد الرحمن تياني.\n" + ngNe,
		},
		{
			name: "filed from the visitor's capital about the visit to the host",
			text: "أبوجا 3 مارس 2026 (رويترز) - وصل الرئيس النيجيري بولا أحمد تينوبو اليوم إلى نيامي في زيارة رسمية يجري خلالها مباحثات مع رئيس المجلس العسكري في النيجر عبد الرحمن تياني.\n" + ngNe,
		},
		{
			name: "talks held in the framework of the visit to a state the text names again as the previous stop",
			text: "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر والرئيس الرواندي بول كاغامي جلسة مباحثات اليوم، في إطار الزيارة التي يقوم بها الرئيس الرواندي إلى الكويت.\n" +
				"ووصل الرئيس كاغامي إلى الدوحة مساء أمس قادما من الكويت، حيث اختتم زيارة استمرت يومين.\n" +
				"ووقع الجانبان اتفاقية بين قطر ورواندا لتجنب الازدواج الضريبي.\n",
			want: []wantConflict{{"الكويت", "KW", "QA", "قطر", "visit-destination"}},
		},
		{
			name: "the same talks in the framework of the visit to the host",
			text: "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر والرئيس الرواندي بول كاغامي جلسة مباحثات اليوم، في إطار الزيارة التي يقوم بها الرئيس الرواندي إلى قطر.\n" +
				"ووصل الرئيس كاغامي إلى الدوحة مساء أمس قادما من الكويت، حيث اختتم زيارة استمرت يومين.\n" +
				"ووقع الجانبان اتفاقية بين قطر ورواندا لتجنب الازدواج الضريبي.\n",
		},
		{
			name: "the same wrong destination in the headline and the lede is not a state named again",
			text: "رئيس وزراء ماليزيا يزور إندونيسيا\nبانكوك 3 يونيو 2026 - بدأ رئيس الوزراء الماليزي أنور إبراهيم اليوم زيارة رسمية إلى إندونيسيا، التقى خلالها رئيس الوزراء التايلاندي.\n" +
				"وبحث الجانبان التجارة بين ماليزيا وتايلاند.\n",
			want: []wantConflict{
				{"إندونيسيا", "ID", "TH", "تايلاند", "visit-destination"},
				{"إندونيسيا", "ID", "TH", "تايلاند", "visit-destination"},
			},
		},
	})
}

// TestVisitOfMeetingConfidence: a destination the talks were held in the
// course of (في إطار الزيارة التي يقوم بها … إلى) is reported at the default
// threshold even when the text names that state again (a previous stop),
// where a destination alone named again is not.
func TestVisitOfMeetingConfidence(t *testing.T) {
	const tail = "ووصل الرئيس كاغامي إلى الدوحة مساء أمس قادما من الكويت، حيث اختتم زيارة استمرت يومين.\n" +
		"ووقع الجانبان اتفاقية بين قطر ورواندا لتجنب الازدواج الضريبي.\n"
	during := "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر والرئيس الرواندي بول كاغامي جلسة مباحثات اليوم، في إطار الزيارة التي يقوم بها الرئيس الرواندي إلى الكويت.\n" + tail
	alone := "الدوحة 11 نوفمبر 2026 (قنا) - عقد أمير دولة قطر والرئيس الرواندي بول كاغامي جلسة مباحثات اليوم.\n" +
		"وأفاد الديوان الأميري بأن الرئيس الرواندي يقوم بزيارة إلى الكويت تستمر يومين.\n" + tail
	fs := conflicts(t, during)
	require.Len(t, fs, 1)
	assert.GreaterOrEqual(t, fs[0].Confidence, consistency.DefaultMinConfidence)
	for _, f := range conflicts(t, alone) {
		if f.Text == "الكويت" {
			assert.Less(t, f.Confidence, consistency.DefaultMinConfidence)
		}
	}
}
