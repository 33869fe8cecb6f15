package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// ledeSAFR is a bilateral lede; the sentences after it report a summit the
// host attended the day before, with its other guests.
const ledeSAFR = "باريس 14 يونيو 2027 (واس) - التقى ولي العهد السعودي الأمير محمد بن سلمان اليوم في باريس الرئيس الفرنسي إيمانويل ماكرون.\n" +
	"وبحث الجانبان الشراكة بين المملكة وفرنسا في الطاقة والثقافة.\n"

// TestListsOfTitledPeople: a state named as the title of a listed person's
// own item, or listed with other states after a word of participation, is
// enumerated, not a slip for a participant; a known official under another
// state's title in such a list still is one, and a lone state in a party's
// place is still judged. The texts are our own.
func TestListsOfTitledPeople(t *testing.T) {
	runCases(t, []checkCase{
		{
			name: "a list of named leaders of other states after a bilateral",
			text: ledeSAFR + "وكان ولي العهد قد شارك أمس في قمة حضرها الرئيس السنغالي باسيرو ديوماي فاي، ورئيس الوزراء الإثيوبي آبي أحمد، " +
				"والرئيس الكيني ويليام روتو، والمستشار الألماني أولاف شولتس، والرئيس النيجيري بولا تينوبو.\n",
		},
		{
			name: "a list of heads of state at a summit, each under his own title",
			text: "شرم الشيخ - عقد الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون مباحثات على هامش القمة.\n" +
				"وشارك في الافتتاح العاهل الأردني الملك عبدالله الثاني، والرئيس الكيني ويليام روتو، والرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.\n",
		},
		{
			name: "a list of three states' offices without names",
			text: ledeSAFR + "وحضر القمة الرئيس السنغالي، ورئيس الوزراء الإثيوبي، والرئيس الغاني.\n",
		},
		{
			name: "items that open with an honorific (وفخامة، وجلالة، وسمو)",
			text: ledeSAFR + "وحضر القمة فخامة الرئيس التونسي قيس سعيد وفخامة الرئيس الكيني ويليام روتو وجلالة العاهل الأردني الملك عبدالله الثاني وسمو أمير الكويت.\n",
		},
		{
			name: "two items of other states, the second without a name",
			text: ledeSAFR + "كما حضر القمة العاهل الأردني الملك عبدالله الثاني، والرئيس الغاني.\n",
		},
		{
			name: "a title followed by its own state's known official, alone on its line",
			text: ledeSAFR + "وحضر القمة:\n- رئيسة الوزراء الإيطالية جورجا ميلوني\n",
		},
		{
			name: "states listed after a word of participation",
			text: ledeCNAZ + "وكان الوزيران قد شاركا أمس في منتدى بمشاركة حكومتي أرمينيا وجورجيا.\n",
		},
		{
			name: "slip: a known official in the list under another state's title",
			text: ledeJOEG + "وكان الصفدي قد شارك في مؤتمر حضره الرئيس الكيني ويليام روتو، والرئيس التونسي عبد الفتاح السيسي، ورئيس الوزراء الإثيوبي آبي أحمد.\n",
			want: []wantConflict{{"التونسي", "TN", "EG", "المصري", "official-state"}},
		},
		{
			name: "slip: a lone state where a party's government is meant",
			text: ledeCNAZ + "ونقل وانغ يي تحيات حكومة أرمينيا إلى الرئيس الأذربيجاني.\n",
			want: []wantConflict{{"أرمينيا", "AM", "AZ", "أذربيجان", "intruder-party-name"}},
		},
		{
			name: "slip: a list of the parties' own officials with one state swapped",
			text: ledeCNAZ + "وحضر المحادثات وزير التجارة الصيني ووزير الطاقة الأرميني.\n",
			want: []wantConflict{{"الأرميني", "AM", "AZ", "الأذربيجاني", "intruder-title-nisba"}},
		},
	})
}

// TestOfficialStateInCoordinatedItems: a title after an official's name
// that opens a coordinated item (S، ووزيرة الخارجية النيجيرية) is the next
// item's; the same title in apposition (S، وزير الخارجية X) is S's.
func TestOfficialStateInCoordinatedItems(t *testing.T) {
	const lede = "الرياض 4 ديسمبر 2027 (واس) - استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية التركي هاكان فيدان.\n"
	runCases(t, []checkCase{
		{
			name: "the next item's title, without a name",
			text: lede + "وكان الوزيران قد شاركا في اجتماع حضره وزير الخارجية الأردني أيمن الصفدي، ووزيرة الخارجية النيجيرية، ووزير الخارجية الإندونيسي.\n",
		},
		{
			name: "slip: the official's own title in apposition names another state",
			text: lede + "وحضر اللقاء أيمن الصفدي، وزير الخارجية النيجيري.\n",
			want: []wantConflict{{"النيجيري", "NG", "JO", "الأردني", "official-state-after"}},
		},
	})
}

// TestMeetingsNamedByLists: the scope's kind read from lists and from a
// summit's sidelines.
func TestMeetingsNamedByLists(t *testing.T) {
	scope := func(text string) (string, []string) {
		rep, err := mustChecker(t).Check([]byte(text))
		require.NoError(t, err)
		require.NotEmpty(t, rep.Scopes)
		return rep.Scopes[0].Kind, rep.Scopes[0].Participants
	}
	tests := []struct {
		name, text, kind string
		parts            []string
	}{
		{
			name: "a summit opened with a list of leaders taking part",
			text: "الدوحة 9 مارس 2027 (قنا) - افتتحت في الدوحة اليوم أعمال القمة الاقتصادية بمشاركة العاهل الأردني الملك عبدالله الثاني، " +
				"والرئيس المصري عبد الفتاح السيسي، والرئيس التونسي قيس سعيد.\n",
			kind: "multilateral",
		},
		{
			name: "a ministerial chaired by one, with the others' states listed",
			text: "الكويت 18 أبريل 2027 (كونا) - عقد المجلس الوزاري دورته في الكويت اليوم، برئاسة وزير الخارجية الكويتي عبدالله اليحيا.\n" +
				"وشارك في الدورة وزراء خارجية السعودية والبحرين وقطر.\n",
			kind: "multilateral",
		},
		{
			name: "a bilateral whose lede names its pair keeps it, whatever list follows",
			text: ledeSAFR + "وكانت القمة قد عقدت بمشاركة وزراء خارجية السنغال وإثيوبيا وكينيا.\n",
			kind: "bilateral", parts: []string{"SA", "FR"},
		},
		{
			name: "a meeting on the sidelines of a three-state summit is a pair's",
			text: "العقبة 4 أبريل 2027 (بترا) - التقى العاهل الأردني الملك عبدالله الثاني اليوم الرئيس المصري عبد الفتاح السيسي على هامش القمة الثلاثية.\n" +
				"وبحث الزعيمان العلاقات بين الأردن ومصر.\n",
			kind: "bilateral", parts: []string{"JO", "EG"},
		},
		{
			name: "the three-state summit itself is multilateral",
			text: "العقبة 4 أبريل 2027 (بترا) - عقد العاهل الأردني الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي اليوم القمة الثلاثية.\n" +
				"وبحث الزعيمان العلاقات بين الأردن ومصر.\n",
			kind: "multilateral",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, parts := scope(tt.text)
			assert.Equal(t, tt.kind, kind)
			if tt.parts != nil {
				assert.ElementsMatch(t, tt.parts, parts)
			}
		})
	}
}

// ledeSummitRiyadh is a summit's lede whose host receives the leaders
// taking part; the lists after it name them.
const ledeSummitRiyadh = "الرياض 2 أكتوبر 2027 (واس) - استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم في الرياض قادة الدول المشاركة في القمة العربية.\n"

// TestListsWrittenNameFirstOrLineByLine: a list of heads of state whose
// items give the name before the title (وفخامة الرئيس … رئيس دولة X), or
// one item per line, names states taking part; a known official under
// another state's title in such a list, and a lone state in a party's
// place, are still slips. The texts are our own.
func TestListsWrittenNameFirstOrLineByLine(t *testing.T) {
	runCases(t, []checkCase{
		{
			name: "items written name first, coordinated by honorifics",
			text: ledeSummitRiyadh + "وكان في استقبالهم: جلالة الملك عبدالله الثاني ملك الأردن، وفخامة الرئيس قيس سعيد رئيس تونس، " +
				"وفخامة الرئيس جوزاف عون رئيس لبنان، وجلالة الملك حمد بن عيسى ملك البحرين.\n",
		},
		{
			name: "items one per line after a bullet, without names",
			text: ledeSummitRiyadh + "ووصل إلى الرياض:\n- ملك الأردن\n- رئيس تونس\n- رئيس لبنان\n- أمير قطر\nوبحث القادة التكامل الاقتصادي.\n",
		},
		{
			name: "numbered items one per line, with names",
			text: ledeSummitRiyadh + "ووصل إلى الرياض:\n1. ملك الأردن عبدالله الثاني\n2. رئيس تونس قيس سعيد\n3. أمير قطر تميم بن حمد\n",
		},
		{
			name: "slip: a known official in a name-first item under another state's title",
			text: ledeSummitRiyadh + "وكان في استقبالهم: جلالة الملك عبدالله الثاني ملك الأردن، وفخامة الرئيس عبد الفتاح السيسي رئيس تونس، " +
				"وفخامة الرئيس جوزاف عون رئيس لبنان.\n",
			want: []wantConflict{{"تونس", "TN", "EG", "مصر", "official-state-after-name"}},
		},
		{
			name: "slip: a known official on a list line under another state's title",
			text: ledeSummitRiyadh + "ووصل إلى الرياض:\n- ملك الأردن عبدالله الثاني\n- رئيس تونس عبد الفتاح السيسي\n- أمير قطر تميم بن حمد\n",
			want: []wantConflict{{"تونس", "TN", "EG", "مصر", "official-state-name"}},
		},
		{
			name: "slip: one line alone is no list; the state is judged",
			text: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nونقل وانغ يي تحيات الرئيس الصيني إلى:\n- رئيس أرمينيا\n",
			want: []wantConflict{{"أرمينيا", "AM", "AZ", "أذربيجان", "intruder-party-name"}},
		},
	})
}

// TestMultilateralMembers: a meeting named by a list of three or more
// states after a title in its contact sentence, or by a list of heads of
// state on lines after a word of participation, is multilateral, and the
// states its text names by a delegation or side noun, in lists of titled
// people or in such lists take part in it; a bilateral lede naming a topic
// list keeps its pair.
func TestMultilateralMembers(t *testing.T) {
	tests := []struct {
		name, text, kind string
		parts            []string
	}{
		{
			name: "ministers of four states listed after a title in the lede; a delegation named later",
			text: "عمان 11 يونيو 2027 (بترا) - استضافت عمان اليوم اجتماعا لوزراء خارجية الأردن ومصر والسعودية والإمارات لبحث التطورات الإقليمية.\n" +
				"وعرض وزير الخارجية الأردني رؤية بلاده، وأكد الجانب السعودي أهمية الإغاثة، وأعلن وفد الكويت دعمه للبيان.\n",
			kind: "multilateral", parts: []string{"JO", "EG", "SA", "AE", "KW"},
		},
		{
			name: "heads of state on lines after a word of participation in the lede",
			text: ledeSummitRiyadh + "وكان في مقدمة الواصلين:\n- ملك الأردن\n- رئيس تونس\n- أمير قطر\n",
			kind: "multilateral", parts: []string{"SA", "JO", "TN", "QA"},
		},
		{
			name: "a bilateral lede with a list of topic states keeps its pair",
			text: "القاهرة 3 مايو 2027 (أ ش أ) - بحث وزير الخارجية المصري بدر عبد العاطي اليوم مع نظيره الأردني أيمن الصفدي الأوضاع في سوريا ولبنان والعراق.\n" +
				"وأكد الجانب المصري دعم جهود التهدئة.\n",
			kind: "bilateral", parts: []string{"EG", "JO"},
		},
		{
			name: "a bilateral lede keeps its pair whatever heads of state are listed on lines after it",
			text: ledeSAFR + "وكان ولي العهد قد شارك أمس في قمة حضرها:\n- رئيس السنغال\n- رئيس كينيا\n- رئيس غانا\n",
			kind: "bilateral", parts: []string{"SA", "FR"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tt.text))
			require.NoError(t, err)
			require.NotEmpty(t, rep.Scopes)
			assert.Equal(t, tt.kind, rep.Scopes[0].Kind)
			assert.ElementsMatch(t, tt.parts, rep.Scopes[0].Participants)
			for _, f := range rep.Findings {
				assert.NotEqual(t, consistency.CountryConflict, f.Kind, "no conflict: %s", f.Text)
			}
		})
	}
}
