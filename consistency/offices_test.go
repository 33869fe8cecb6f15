package consistency_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormerOffice checks both ways that an office the sentence says was
// held before (شغل سابقا منصب سفير بلاده لدى …، وزير الخارجية المصري
// الأسبق) names that office's state, not a party of the meeting, while the
// same office held now is still judged.
func TestFormerOffice(t *testing.T) {
	const lede = "عمّان، 15 كانون الثاني 2025 (بترا) — بحث وزير الخارجية الأردني أيمن الصفدي، اليوم الأربعاء، مع وزير الخارجية الهولندي كاسبار فيلدكامب، جهود وقف إطلاق النار في غزة.\n" +
		"وتناول الوزيران العلاقات بين الأردن وهولندا في مجالات المياه والزراعة.\n"
	runCases(t, []checkCase{
		{name: "a guest's former posting, held before", text: lede +
			"ويعرف فيلدكامب المنطقة جيدا، إذ شغل سابقا منصب سفير بلاده لدى إسرائيل.\n"},
		{name: "a former minister of a third state", text: lede +
			"وشارك في جانب من اللقاء وزير الخارجية المصري الأسبق عمرو موسى.\n"},
		{name: "slip: the guest's embassy posted to a third state now", text: lede +
			"وحضر اللقاء سفير هولندا لدى إسرائيل.\n",
			want: []wantConflict{{"إسرائيل", "IL", "JO", "الأردن", "intruder-envoy-to"}}},
	})
}

// TestTourStops checks both ways that the stops of a tour named after it in
// the lede (في المحطة الثانية من جولة بدأها بالرياض) are not the meeting's
// place, while a place the lede gives the meeting itself still is.
func TestTourStops(t *testing.T) {
	const dateline = "مسقط، 24 نوفمبر 2024 (العمانية) — "
	runCases(t, []checkCase{
		{name: "an earlier stop of the guest's tour", text: dateline +
			"استقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير خارجية اليابان تاكيشي إيوايا الذي يزور سلطنة عُمان في المحطة الثانية من جولة خليجية بدأها بالرياض وتشمل الدوحة.\n" +
			"وبحث الجانبان العلاقات بين عُمان واليابان في مجالات الطاقة.\n"},
		{name: "the next stop of a tour", text: dateline +
			"استقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير خارجية اليابان تاكيشي إيوايا في إطار جولته التي تقوده بعد ذلك إلى الدوحة.\n" +
			"وبحث الجانبان العلاقات بين عُمان واليابان في مجالات الطاقة.\n"},
		{name: "slip: the meeting's own place, before the tour", text: dateline +
			"استقبل وزير الخارجية العماني بدر البوسعيدي اليوم بالرياض وزير خارجية اليابان تاكيشي إيوايا في إطار جولة خليجية.\n" +
			"وبحث الجانبان العلاقات بين عُمان واليابان في مجالات الطاقة.\n",
			want: []wantConflict{{"الرياض", "SA", "OM", "مسقط", "meeting-place"}}},
	})
}

// TestPronounHonorific checks both ways that an honorific carrying the
// pronoun ه (سموه، معاليه، جلالته) stands for a person already named, so
// the noun after it is no name (تحيات، تحياته), while a name after the
// bare honorific is still read, and its variants still found.
func TestPronounHonorific(t *testing.T) {
	const lede = "الدوحة، 9 مارس 2025 (قنا) — استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم وزير الخارجية الكويتي عبدالله علي اليحيا.\n"
	clean := []string{
		lede + "ونقل الوزير إلى سمو الأمير تحيات أخيه أمير الكويت، فيما حمّله سموه تحياته إلى أمير الكويت.\n",
		lede + "ونقل الوزير إلى سمو الأمير تحيات أخيه، فيما حمّله جلالته تحياته إلى أخيه.\n",
	}
	for _, text := range clean {
		assert.Empty(t, findingsOf(t, text, consistency.NameVariant))
	}
	slips := []struct{ name, text, variant string }{
		{"after the bare honorific", lede + "وحضر اللقاء سمو الشيخ خالد الرميحي. وقال الشيخ خالد الرميحي إن الزيارة مهمة. وأضاف سموه أن الشيخ خالد الروميحي سيزور الكويت.\n", "الروميحي"},
		{"after a feminine honorific, not a pronoun", lede + "وحضرت اللقاء السيدة نوريا كاستيو. وكانت السيدة كاستيو في استقبال الوفد. كما رافقت السيدة كاستييو الوفد إلى المطار.\n", "كاستييو"},
		{"a pronoun honorific before another honorific", lede + "واستقبل معاليه السفير بيتر هولمان. وقال السفير بيتر هولمان إن الزيارة مهمة. وأضاف السفير بيتر هولمن أن التعاون مستمر.\n", "هولمن"},
	}
	for _, tc := range slips {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.variant, fs[0].Text)
		})
	}
}

// TestCityPlacedByText checks both ways that a city whose name two states
// share (طرابلس) is the one the text places it in (في شمال لبنان،
// اللبنانية), while the same city named alone where a party's place is
// meant is still judged.
func TestCityPlacedByText(t *testing.T) {
	const lede = "بيروت، 2 مايو 2024 — استقبل رئيس الحكومة اللبنانية نجيب ميقاتي اليوم الرئيس القبرصي نيكوس خريستودوليدس.\n" +
		"وبحث الجانبان ملف الهجرة عبر البحر المتوسط.\n"
	runCases(t, []checkCase{
		{name: "a city the text places in the host's state", text: lede +
			"وتشهد قبرص وصول قوارب انطلقت من السواحل اللبنانية، ولا سيما من شواطئ طرابلس في شمال لبنان.\n"},
		{name: "the same city with the host's nisba", text: lede +
			"وتشهد قبرص وصول قوارب انطلقت من مرفأ طرابلس اللبنانية.\n"},
	})
}

// TestPairBesideItsParties checks both ways that a pair named after the
// other party acts in the clause (أن دولة الإمارات ستواصل … بالتنسيق مع
// الجانبين الروسي والأوكراني), or that lists the meant participant itself,
// is not the meeting's two parties, while the same pair naming the two
// parties where the meeting's are meant is still a slip.
func TestPairBesideItsParties(t *testing.T) {
	const lede = "أبوظبي، 7 يناير 2025 (وام) — استقبل وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان اليوم وزير الخارجية الأوكراني أندريه سيبيها.\n" +
		"وبحث الجانبان علاقات التعاون بين الإمارات وأوكرانيا.\n"
	runCases(t, []checkCase{
		{name: "the other party mediates between the pair", text: lede +
			"وأكد الشيخ عبدالله بن زايد أن دولة الإمارات ستواصل مساعيها بالتنسيق مع الجانبين الروسي والأوكراني.\n"},
		{name: "slip: the pair is the meeting's two sides", text: lede +
			"وأكد الجانبان الروسي والأوكراني أهمية تعزيز التعاون الاقتصادي.\n",
			want: []wantConflict{{"الروسي", "RU", "AE", "الإماراتي", "both-parties-reversed"}}},
	})
}

// TestNamesakeOfKnownOfficial checks both ways that a known official's
// surname after another given name, under another state's title (رئيس
// وزراء سنغافورة لورانس وونغ, beside the gazetteer's بيني وونغ of
// Australia), is another person of that state, while another given name
// under the official's own state's title stays a wrong given name, and the
// official under another state's title stays a conflict.
func TestNamesakeOfKnownOfficial(t *testing.T) {
	const dateline = "بكين، 27 يونيو 2024 (شينخوا) — "
	const rest = "وقال لي تشيانغ إن الصين وسنغافورة شريكان متميزان، وإن الجانب الصيني مستعد لتعزيز التعاون مع سنغافورة في الاقتصاد الرقمي.\n"
	t.Run("another person of that surname", func(t *testing.T) {
		text := dateline + "التقى رئيس مجلس الدولة الصيني لي تشيانغ اليوم في بكين رئيس وزراء سنغافورة لورانس وونغ.\n" + rest
		assertPartsFlagged(t, text, []string{"CN", "SG"}, nil)
	})
	t.Run("slip: another given name under the official's own title", func(t *testing.T) {
		text := dateline + "التقى وزير الخارجية الصيني وانغ يي اليوم في بكين وزيرة الخارجية الأسترالية فلاديمير وونغ.\n" +
			"وقال وانغ يي إن الصين وأستراليا شريكان، وإن الجانب الصيني مستعد لتعزيز التعاون مع أستراليا.\n"
		assert.Equal(t, []string{"CN", "AU"}, sortedAs(partsOf(t, text), "CN", "AU"))
		fs := findingsOf(t, text, consistency.WrongGivenName)
		require.Len(t, fs, 1)
		assert.Equal(t, "فلاديمير", fs[0].Text)
	})
	t.Run("slip: the official under another state's title", func(t *testing.T) {
		text := dateline + "التقى رئيس مجلس الدولة الصيني لي تشيانغ اليوم في بكين رئيسة وزراء سنغافورة بيني وونغ.\n" + rest
		assert.NotEmpty(t, findingsOf(t, text, consistency.CountryConflict))
	})
}

// sortedAs returns ids in the order of want where they are among it, for a
// comparison that does not depend on the report's order.
func sortedAs(ids []string, want ...string) []string {
	var out []string
	for _, w := range want {
		for _, id := range ids {
			if id == w {
				out = append(out, id)
			}
		}
	}
	if len(out) != len(ids) {
		return ids
	}
	return out
}

// TestListAfterCity checks both ways that states joined by و after a
// state's city (الأوضاع في غزة ولبنان واليمن) are the tail of a list of
// places, not a pair of states that met, while the meeting's own pair in
// the same sentence is still read as the parties.
func TestListAfterCity(t *testing.T) {
	const lede = "مسقط، 3 فبراير 2025 (العمانية) — استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم الدكتور مجيد تخت روانجي نائب وزير الخارجية الإيراني للشؤون السياسية، الذي يزور سلطنة عُمان.\n"
	t.Run("a list of crises after a city", func(t *testing.T) {
		assertPartsFlagged(t, lede+"وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين الجارين، ولا سيما الأوضاع في غزة ولبنان واليمن.\n",
			[]string{"OM", "IR"}, nil)
	})
	t.Run("the meeting's pair beside it", func(t *testing.T) {
		assertPartsFlagged(t, lede+"وجرى خلال اللقاء بحث العلاقات بين عُمان وإيران، والأوضاع في غزة.\n",
			[]string{"OM", "IR"}, nil)
	})
}

// TestTitleOfficeWithoutDate checks both ways that, in a release that gives
// no date, the title before a known person's name chooses which of the
// person's offices the text means: the foreign minister a later
// secretary-general of a league was speaks for his state, while the same
// name under the league's title, or with no title, does not.
func TestTitleOfficeWithoutDate(t *testing.T) {
	const body = "وتناول الوزيران الاوضاع فى العراق وجهود تشكيل الحكومة، كما بحثا العلاقات بين العراق وجيرانه.\n"
	cases := []struct {
		name, lede string
		parts      []string
	}{
		{"a minister's title, no date", "القاهرة فى 15 مارس (أ ش أ) بحث وزير الخارجية احمد ابو الغيط مع وزير خارجية العراق هوشيار زيبارى اليوم الاوضاع فى العراق.\n", []string{"EG", "IQ"}},
		{"a visiting minister's title, no date", "بغداد فى 15 مارس (أ ش أ) بحث وزير الخارجية احمد ابو الغيط مع نظيره العراقى هوشيار زيبارى اليوم فى بغداد الاوضاع الامنية وجهود تشكيل الحكومة.\n" +
			"وتناول الوزيران ايضا العلاقات بين العراق وجيرانه، وخاصة ايران وسوريا.\n", []string{"EG", "IQ"}},
		{"a minister's title with hamzas, no date", "القاهرة في 15 مارس (أ ش أ) بحث وزير الخارجية أحمد أبو الغيط مع وزير خارجية العراق هوشيار زيباري اليوم الأوضاع في العراق.\n", []string{"EG", "IQ"}},
		{"a prime minister's title picks no foreign minister", "بغداد في 3 أيار (واع) استقبل رئيس الوزراء العراقي نوري المالكي اليوم وزير خارجية إيران منوشهر متكي.\n", []string{"IQ", "IR"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.ElementsMatch(t, c.parts, partsOf(t, c.lede+body))
		})
	}
}

// TestTitleOffice checks the office each title phrase key names, and the
// keys that name none of the gazetteer's offices.
func TestTitleOffice(t *testing.T) {
	for key, want := range map[string]string{
		"وزير الخارجيه":        "foreign-minister",
		"وزيره الخارجيه":       "foreign-minister",
		"وزير الشوون الخارجيه": "foreign-minister",
		"رييس":                 "head-of-state",
		"رييس الوزراء":         "head-of-government",
		"رييس مجلس الوزراء":    "head-of-government",
		"ملك":                  "head-of-state",
		"امين العام":           "other",
		"وزير":                 "",
		"وزير الدفاع":          "",
		"رييس البرلمان":        "",
		"":                     "",
	} {
		assert.Equal(t, want, consistency.TitleOffice(key), key)
	}
}

// TestSurnameWhole checks both ways that a known official linked by a
// surname ending in a given name (بن أحمد) is a party's evidence only when
// the text carries that surname whole or the official's given name: a
// Mauritanian minister whose name ends in الشيخ أحمد is no Bahraini
// official, while the Bahraini minister named as بن أحمد still is.
func TestSurnameWhole(t *testing.T) {
	const mr = "الرباط - 3 يونيو 2021 (ومع) أجرى وزير الشؤون الخارجية ناصر بوريطة، اليوم الخميس بالرباط، مباحثات مع وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج إسماعيل ولد الشيخ أحمد.\n" +
		"وأكد الوزيران متانة العلاقات الأخوية بين المغرب وموريتانيا.\n"
	assert.ElementsMatch(t, []string{"MA", "MR"}, partsOf(t, mr))
	const bh = "المنامة 4 فبراير 2019 (بنا) استقبل وزير الخارجية الشيخ خالد بن أحمد اليوم وزير خارجية قبرص نيكوس خريستودوليدس.\n" +
		"وبحث الجانبان العلاقات بين البحرين وقبرص.\n"
	assert.ElementsMatch(t, []string{"BH", "CY"}, partsOf(t, bh))
}

// TestPairedElsewhere checks both ways that a state the text names side by
// side with the participant a pattern expects in its place (التطبيع بين
// أذربيجان وأرمينيا) is a third party the text deals with, while the same
// sentence without that pairing, or a pairing of two states easily
// mistaken for each other, is still judged.
func TestPairedElsewhere(t *testing.T) {
	const lede = "أنقرة، 4 مارس 2025 (الأناضول) - استقبل وزير الخارجية التركي هاكان فيدان اليوم نظيره الأذربيجاني جيحون بيراموف في أنقرة.\n"
	const relation = "وأكد الوزيران أن العلاقات بين تركيا وأرمينيا تشهد تقدما.\n"
	runCases(t, []checkCase{
		{name: "the state paired with the expected participant elsewhere", text: lede +
			"وقال فيدان إن تركيا تدعم عملية التطبيع بين أذربيجان وأرمينيا.\n" + relation},
		{name: "slip: no pairing elsewhere", text: lede + relation,
			want: []wantConflict{{"أرمينيا", "AM", "AZ", "أذربيجان", "relations-between"}}},
	})
	const sd = "بكين، 2 أبريل 2025 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي محادثات في بكين اليوم مع وزير الخارجية السوداني علي يوسف.\n" +
		"وقال وانغ إن الصين تدعم جنوب السودان في الحفاظ على سيادته ووحدة أراضيه.\n"
	runCases(t, []checkCase{
		{name: "slip: states easily mistaken for each other, also paired", text: sd +
			"وتبادل الجانبان وجهات النظر حول العلاقات بين السودان وجنوب السودان.\n",
			want: []wantConflict{{"جنوب السودان", "SS", "SD", "السودان", "confusable-support"}}},
	})
}

// TestRegionalIssues checks both ways that states named among the regional
// and international matters a sentence goes on to list (حول القضايا
// الإقليمية والدولية، ومنها …) are those matters', while the same pair
// after a regional word that does not list matters, or with no such
// sentence, is still judged.
func TestRegionalIssues(t *testing.T) {
	const lede = "أبوظبي في 29 ديسمبر 2024 / وام / بحث سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية مع معالي سوبرامنيام جايشانكار وزير الشؤون الخارجية الهندي في أبوظبي اليوم علاقات الشراكة بين البلدين.\n"
	runCases(t, []checkCase{
		{name: "a pair among the regional matters listed", text: lede +
			"كما تبادلا وجهات النظر حول القضايا الإقليمية والدولية، ومنها الأوضاع في أفغانستان والعلاقات بين الهند وباكستان.\n"},
		{name: "slip: the parties' relations, no regional matters", text: lede +
			"وأكد الجانبان أهمية تطوير العلاقات بين الهند وباكستان في مجال الطاقة.\n",
			want: []wantConflict{{"باكستان", "PK", "AE", "الإمارات", "relations-between"}}},
		{name: "slip: a regional word that lists no matters", text: lede +
			"وقال سموه إنه مهما تغير الوضع الدولي، فإن العلاقات بين الهند وباكستان ستبقى متينة.\n",
			want: []wantConflict{{"باكستان", "PK", "AE", "الإمارات", "relations-between"}}},
	})
}

func TestTopicFrame(t *testing.T) {
	const lede = "مسقط في 3 مايو 2023 - استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم نظيره الإيراني حسين أمير عبد اللهيان، وبحث الجانبان العلاقات الثنائية بين البلدين.\n"
	runCases(t, []checkCase{
		{name: "a sentence that opens on the state", text: lede +
			"وحول العراق، أكد البوسعيدي أن بغداد تؤدي دورا مهما في استقرار المنطقة.\n"},
		{name: "a question on the state", text: lede +
			"وردا على سؤال عن العراق، قال الوزير إن العلاقات العمانية العراقية متينة.\n"},
		{name: "as regards the state", text: lede +
			"وفيما يتعلق بالعراق، قال البوسعيدي إن العلاقات العمانية العراقية تشهد تطورا مطردا.\n"},
		{name: "slip: no frame", text: lede +
			"وقال البوسعيدي إن العلاقات العمانية العراقية تشهد تطورا مطردا.\n",
			want: []wantConflict{{"العراقية", "IQ", "IR", "الإيرانية", "relation-adjectives"}}},
		{name: "slip: the frame names another state", text: lede +
			"وحول اليمن، قال البوسعيدي إن العلاقات العمانية العراقية تشهد تطورا مطردا.\n",
			want: []wantConflict{{"العراقية", "IQ", "IR", "الإيرانية", "relation-adjectives"}}},
		{name: "slip: a question on another matter", text: lede +
			"وردا على سؤال حول التعاون الاقتصادي، قال البوسعيدي إن العلاقات العمانية العراقية تشهد تطورا مطردا.\n",
			want: []wantConflict{{"العراقية", "IQ", "IR", "الإيرانية", "relation-adjectives"}}},
	})
}

func TestSituationParagraph(t *testing.T) {
	const lede = "القاهرة في 5 يونيو 2024 - استقبل وزير الخارجية سامح شكري اليوم نظيره السوداني حسين عوض، وبحث الجانبان العلاقات الثنائية بين البلدين.\n"
	const then = "وأكد شكري أن التعاون مع جنوب السودان ضروري لتهدئة الحدود.\n"
	slip := []wantConflict{{"جنوب السودان", "SS", "SD", "السودان", "relations-with"}}
	runCases(t, []checkCase{
		{name: "goes on from a situation placed in a region", text: lede +
			"وتبادل الوزيران وجهات النظر حول الأوضاع في منطقة القرن الإفريقي. " + then},
		{name: "slip: a new line after the situation", text: lede +
			"وتبادل الوزيران وجهات النظر حول الأوضاع في منطقة القرن الإفريقي.\n" + then, want: slip},
		{name: "slip: topics that place nothing", text: lede +
			"وتبادل الوزيران وجهات النظر حول القضايا ذات الاهتمام المشترك. " + then, want: slip},
		{name: "slip: no topic before", text: lede + then, want: slip},
	})
}

// hostOf returns the participant a report calls the host, "" if none.
func hostOf(t *testing.T, text string) string {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	for _, p := range rep.Participants {
		if p.Role == "host" {
			return p.ID
		}
	}
	return ""
}

// TestHomeIsHost: the state of a dateline under a headline is the text's
// home and the host of its meeting, unless a counterpart word names it.
func TestHomeIsHost(t *testing.T) {
	for _, tc := range []struct {
		name, text, host string
	}{
		{"a call received, told under a headline that names the caller first",
			"رئيس وزراء إثيوبيا يجري اتصالا هاتفيا بأمير قطر\n\nالدوحة في 4 مارس 2025 /قنا/ تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالا هاتفيا اليوم من دولة السيد آبي أحمد رئيس وزراء جمهورية إثيوبيا الفيدرالية الديمقراطية.\n\nوجرى خلال الاتصال استعراض علاقات التعاون بين البلدين.\n", "QA"},
		{"a visit's joint statement issued in the host's capital",
			"بيان مشترك في ختام زيارة رئيس وزراء ماليزيا إلى المملكة العربية السعودية\n\nالرياض 15 مايو 2024 (واس) - صدر اليوم بيان مشترك في ختام الزيارة الرسمية التي قام بها رئيس وزراء ماليزيا أنور إبراهيم إلى المملكة، أكد فيه الجانبان حرصهما على تطوير العلاقات بين المملكة العربية السعودية وماليزيا.\n\nواتفق الجانبان على تعزيز التعاون في مجالات الطاقة والأمن الغذائي.\n", "SA"},
		{"a minister arriving in the host's capital, told by his own agency",
			"وزير الخارجية الأردني يصل إلى طوكيو\n\nطوكيو 3 أيلول 2024 (بترا) - وصل نائب رئيس الوزراء وزير الخارجية أيمن الصفدي اليوم إلى طوكيو في زيارة رسمية يلتقي خلالها وزيرة الخارجية اليابانية يوكو كاميكاوا.\n", "JP"},
		{"no party's city at the dateline: the earliest subject hosts",
			"وزير الخارجية الأردني يلتقي نظيره الياباني في نيويورك\n\nنيويورك 25 أيلول 2024 (بترا) - التقى نائب رئيس الوزراء وزير الخارجية أيمن الصفدي اليوم نظيرته اليابانية يوكو كاميكاوا على هامش أعمال الجمعية العامة.\n", "JO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.host, hostOf(t, tc.text))
		})
	}
}
