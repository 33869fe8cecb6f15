package consistency_test

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/finding"
)

// testChecker is built once from the repository's gazetteer and the
// embedded rules; a Checker is immutable, so tests share it.
var testChecker = sync.OnceValues(func() (*consistency.Checker, error) {
	g, err := entities.LoadFile(filepath.Join("..", "gazetteer.yaml"))
	if err != nil {
		return nil, err
	}
	rules, err := consistency.DefaultRules()
	if err != nil {
		return nil, err
	}
	return consistency.New(g, rules, consistency.Options{})
})

func mustChecker(t testing.TB) *consistency.Checker {
	t.Helper()
	c, err := testChecker()
	require.NoError(t, err)
	return c
}

// participantIDs returns the ids of a report's participants, in order.
func participantIDs(rep *consistency.Report) []string {
	var ids []string
	for _, p := range rep.Participants {
		ids = append(ids, p.ID)
	}
	return ids
}

// assertPartsFlagged checks the shared test checker's report on text: its
// participants are parts (in any order), and its country conflicts are
// the texts in flagged (none when flagged is empty; at least those
// otherwise).
func assertPartsFlagged(t *testing.T, text string, parts, flagged []string) {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	assert.ElementsMatch(t, parts, participantIDs(rep))
	var got []string
	for _, f := range rep.Findings {
		if f.Kind == finding.CountryConflict && !slices.Contains(got, f.Text) {
			got = append(got, f.Text)
		}
	}
	if len(flagged) == 0 {
		assert.Empty(t, got)
		return
	}
	for _, want := range flagged {
		assert.Contains(t, got, want)
	}
}

// partsOf returns the participants' ids the shared test checker reports on
// text.
func partsOf(t *testing.T, text string) []string {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	return participantIDs(rep)
}

// Ledes of the constructed releases: the first sentence names both parties.
const (
	ledeCNAZ = "بكين 12 مارس 2026 (وكالة أنباء الصين الجديدة) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n"
	ledeJOEG = "عمان 3 فبراير 2026 (بترا) استقبل وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي اليوم في عمان نظيره المصري بدر عبد العاطي.\n"
	ledeCNAT = "بكين 5 مايو 2026 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيرته النمساوية بياته ماينل-رايزنغر.\n"
	ledeCNSK = "بكين 9 يونيو 2026 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم في بكين نظيره السلوفاكي يوراي بلانار.\n"
	ledeCNEG = "بكين 14 أبريل 2026 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره المصري بدر عبد العاطي.\n"
	ledeSABH = "الرياض - استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في الرياض اليوم الثلاثاء، وزير الخارجية البحريني عبداللطيف بن راشد الزياني، والوفد المرافق له.\n"
	ledeCNNE = "بكين 20 يوليو 2026 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره النيجري باكاري ياو سانغاري.\n"
)

// wantConflict is one expected country-conflict finding.
type wantConflict struct {
	Text, Entity, Expected, Suggestion, Rule string
}

type checkCase struct {
	name string
	text string
	// want lists the expected country conflicts, in text order; nil means none.
	want []wantConflict
	// fixed, when set, is the whole text with every suggestion applied.
	fixed string
	// gap marks a case the checker is known to get wrong (skipped, reason).
	gap string
}

func conflicts(t *testing.T, text string) []consistency.Finding {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	var out []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind != consistency.CountryConflict {
			continue
		}
		require.Equal(t, f.Text, text[f.Start:f.End], "finding text is the span's bytes")
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func applyAll(text string, fs []consistency.Finding) string {
	var b strings.Builder
	at := 0
	for _, f := range fs {
		if f.Suggestion == nil || f.Start < at {
			continue
		}
		b.WriteString(text[at:f.Start])
		b.WriteString(*f.Suggestion)
		at = f.End
	}
	b.WriteString(text[at:])
	return b.String()
}

func runCases(t *testing.T, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gap != "" {
				t.Skip("known gap: " + tc.gap)
			}
			fs := conflicts(t, tc.text)
			got := make([]wantConflict, 0, len(fs))
			for _, f := range fs {
				w := wantConflict{Text: f.Text, Entity: f.Entity, Expected: f.Expected, Rule: f.Rule}
				if f.Suggestion != nil {
					w.Suggestion = *f.Suggestion
				}
				got = append(got, w)
			}
			want := tc.want
			if want == nil {
				want = []wantConflict{}
			}
			assert.Equal(t, want, got)
			if tc.fixed != "" {
				assert.Equal(t, tc.fixed, applyAll(tc.text, fs))
			}
		})
	}
}

// TestConflictRules pins one short constructed release per conflict rule of
// rules.yaml: the exact span, the entity named, the participant meant and
// the replacement.
func TestConflictRules(t *testing.T) {
	runCases(t, conflictRuleCases)
}

// conflictRuleCases are TestConflictRules' releases (TestEveryRuleHasFixtures
// counts the rules they fire).
var conflictRuleCases = []checkCase{
	{
		name: "side-of: the X side after a swapped nisba",
		text: ledeCNAZ + "وقال وانغ يي إن الصين تثمن الموقف الثابت الجانب الأرميني من القضايا الإقليمية.\n",
		want: []wantConflict{{"الأرميني", "AM", "AZ", "الأذربيجاني", "side-of"}},
	},
	{
		name: "side-of: side word with the merged article لل",
		text: ledeCNAZ + "وقال وانغ يي إن الصين تثمن الموقف الثابت للجانب الأرميني.\n",
		want: []wantConflict{{"الأرميني", "AM", "AZ", "الأذربيجاني", "side-of"}},
	},
	{
		name: "side-of: counterpart of the host in an Arab release",
		text: ledeJOEG + "وأشاد الصفدي بالتنسيق الدائم مع الجانب السوري في المحافل الدولية.\n",
		want: []wantConflict{{"السوري", "SY", "EG", "المصري", "side-of"}},
	},
	{
		name: "side-of: in the guest's statement the side is the host",
		text: ledeJOEG + "وأعرب عبد العاطي عن تقدير مصر للجهود التي يبذلها الجانب السوري في دعم الاستقرار.\n",
		want: []wantConflict{{"السوري", "SY", "JO", "الأردني", "side-of"}},
	},
	{
		name: "side-of: the dual الجانبان with a swapped nisba",
		text: ledeCNAZ + "وأكد الجانبان الصيني والأرميني أهمية تعزيز التعاون العملي.\n",
		want: []wantConflict{{"الأرميني", "AM", "AZ", "الأذربيجاني", "both-parties"}},
	},
	{
		name: "counterpart word with a swapped nisba after the lede",
		text: ledeCNAZ + "وقال وانغ يي لنظيره الأرميني إن الصين تقدر مواقفه الثابتة.\n",
		want: []wantConflict{{"الأرميني", "AM", "AZ", "الأذربيجاني", ""}},
		gap:  "no rule: in real news نظيره X after the lede names another meeting's counterpart more often than a slip (a counterpart-word rule raised 4 false alarms on 150 articles)",
	},
	{
		name: "relations between a participant and X",
		text: ledeCNAZ + "وأكد وانغ يي أن العلاقات بين الصين وكازاخستان شهدت تطورا كبيرا.\n",
		want: []wantConflict{{"كازاخستان", "KZ", "AZ", "أذربيجان", "relations-between"}},
	},
	{
		name: "one-china-pledge: another country adheres to the one-China principle",
		text: ledeCNAZ + "وقال بيراموف إن كازاخستان تلتزم بثبات بمبدأ الصين الواحدة.\n",
		want: []wantConflict{{"كازاخستان", "KZ", "AZ", "أذربيجان", "one-china-pledge"}},
	},
	{
		name: "relation-adjectives: participant nisba then a stray nisba",
		text: ledeCNAZ + "وأكد الجانبان عزمهما على دفع العلاقات الصينية التركمانية إلى مستوى أعلى.\n",
		want: []wantConflict{{"التركمانية", "TM", "AZ", "الأذربيجانية", "relation-adjectives"}},
	},
	{
		name: "relation-adjectives-reversed: stray nisba first",
		text: ledeCNAZ + "وأعرب بيراموف عن ارتياحه لمستوى العلاقات التركمانية الصينية.\n",
		want: []wantConflict{{"التركمانية", "TM", "AZ", "الأذربيجانية", "relation-adjectives-reversed"}},
	},
	{
		name: "relation-adjectives: a participant nisba that is also its name (السعودية)",
		text: "الرياض 5 أكتوبر 2026 (واس) استقبل الأمير فيصل بن فرحان وزير الخارجية السعودي اليوم في الرياض نظيره العراقي فؤاد حسين.\n" +
			"وأكد الوزيران متانة العلاقات السعودية الإيرانية وحرصهما على تطويرها.\n",
		want: []wantConflict{{"الإيرانية", "IR", "IQ", "العراقية", "relation-adjectives"}},
	},
	{
		name:  "participant-and-x: the conjunction stays outside the span",
		text:  ledeCNAZ + "وقال وانغ يي إن الصين وكازاخستان تعملان معا لصون السلام.\n",
		want:  []wantConflict{{"كازاخستان", "KZ", "AZ", "أذربيجان", "participant-and-x"}},
		fixed: ledeCNAZ + "وقال وانغ يي إن الصين وأذربيجان تعملان معا لصون السلام.\n",
	},
	{
		name:  "participant-and-x: the pair after يجب على",
		text:  ledeCNAZ + "وقال وانغ يي إنه يجب على الصين وكازاخستان أن تعملا معا لصون السلام.\n",
		want:  []wantConflict{{"كازاخستان", "KZ", "AZ", "أذربيجان", "participant-and-x"}},
		fixed: ledeCNAZ + "وقال وانغ يي إنه يجب على الصين وأذربيجان أن تعملا معا لصون السلام.\n",
	},
	{
		name: "x-and-participant: stray name before the participant",
		text: ledeCNAZ + "وأضاف وانغ يي أن كازاخستان والصين شريكان موثوقان.\n",
		want: []wantConflict{{"كازاخستان", "KZ", "AZ", "أذربيجان", "x-and-participant"}},
	},
	{
		name: "speaker-country: the guest speaks for a country not his own",
		text: ledeCNAZ + "وقال بيراموف إن تركمانستان تقدر عاليا الدعم الذي تقدمه الصين.\n",
		want: []wantConflict{{"تركمانستان", "TM", "AZ", "أذربيجان", "speaker-country"}},
	},
	{
		name: "speaker-keen: the speaker states another country's wish",
		text: ledeJOEG + "وأكد عبد العاطي حرص سوريا على مواصلة التشاور مع الأردن.\n",
		want: []wantConflict{{"سوريا", "SY", "EG", "مصر", "speaker-keen"}},
	},
	{
		name: "participant-products: a confusable's nisba on the counterpart's goods",
		text: ledeCNAT + "ورحب وانغ يي بدخول المزيد من المنتجات الأسترالية عالية الجودة إلى السوق الصينية.\n",
		want: []wantConflict{{"الأسترالية", "AU", "AT", "النمساوية", "participant-products"}},
	},
	{
		name: "confusable-support: support for a confusable of the counterpart",
		text: ledeCNSK + "وأكد وانغ يي أن الصين ستواصل دعم سلوفينيا في مسيرتها التنموية.\n",
		want: []wantConflict{{"سلوفينيا", "SI", "SK", "سلوفاكيا", "confusable-support"}},
	},
	{
		name: "confusable-with: working with a confusable of the counterpart",
		text: ledeCNNE + "وأعرب وانغ يي عن استعداد الصين للعمل مع نيجيريا في مجالات الزراعة والطاقة.\n",
		want: []wantConflict{{"نيجيريا", "NG", "NE", "النيجر", "confusable-with"}},
	},
	{
		name: "relations-with: relations with a confusable of the counterpart",
		text: ledeCNSK + "وأشار وانغ يي إلى أن العلاقات مع سلوفينيا شهدت تطورا ملحوظا.\n",
		want: []wantConflict{{"سلوفينيا", "SI", "SK", "سلوفاكيا", "relations-with"}},
	},
	{
		name: "confusable-agent: a confusable after أن",
		text: ledeCNSK + "وأوضحت الخارجية الصينية في بيان أن سلوفينيا شريك مهم في أوروبا الوسطى.\n",
		want: []wantConflict{{"سلوفينيا", "SI", "SK", "سلوفاكيا", "confusable-agent"}},
	},
	{
		name: "official-state: a known official under another state's title",
		text: ledeJOEG + "وأكد وزير الخارجية الكويتي بدر عبد العاطي حرص بلاده على التنسيق.\n",
		want: []wantConflict{{"الكويتي", "KW", "EG", "المصري", "official-state"}},
	},
	{
		name: "official-state: also where no pair is judged",
		text: "قال وزير الخارجية البحريني أيمن الصفدي في مقال نشر اليوم إن المنطقة تمر بظروف صعبة.\n",
		want: []wantConflict{{"البحريني", "BH", "JO", "الأردني", "official-state"}},
	},
	{
		name: "intruder-party-nisba: a delegation of a state named once",
		text: ledeJOEG + "وبحث الجانبان التعاون الاقتصادي.\nوفي ختام الزيارة أعرب الوفد الليبي عن شكره.\n",
		want: []wantConflict{{"الليبي", "LY", "EG", "المصري", "intruder-party-nisba"}},
	},
	{
		name: "both-parties: the two peoples named with a third state",
		text: ledeJOEG + "وأكد الوزيران عمق الروابط بين الشعبين الأردني والسوداني.\n",
		want: []wantConflict{{"السوداني", "SD", "EG", "المصري", "both-parties"}},
	},
	{
		name: "both-parties before side-of: the two sides named with a third state",
		text: ledeJOEG + "وتناول البيان المشترك بين الجانبين الأردني والليبي أهمية التنسيق.\n",
		want: []wantConflict{{"الليبي", "LY", "EG", "المصري", "both-parties"}},
	},
	{
		name: "intruder-nisba-pair: a joint committee of a participant (by name) and a state named once",
		text: ledeSABH + "كما بحث الجانبان التحضيرات لاجتماع اللجنة السعودية - الكويتية المشتركة.\n",
		want: []wantConflict{{"الكويتية", "KW", "BH", "البحرينية", "intruder-nisba-pair"}},
	},
	{
		name: "intruder-keen: a state named once is keen where a party is meant",
		text: ledeSABH + "وأشاد سمو وزير الخارجية بحرص قطر على تعزيز العمل الخليجي المشترك.\n",
		want: []wantConflict{{"قطر", "QA", "BH", "البحرين", "intruder-keen"}},
	},
	{
		name: "intruder-party-and-people: greetings to a state named once; the guest's minister speaks, so the host is meant",
		text: ledeSABH + "وفي ختام اللقاء، نقل الزياني تحيات جلالة الملك إلى حكومة وشعب لبنان الشقيق.\n",
		want: []wantConflict{{"لبنان", "LB", "SA", "المملكة العربية السعودية", "intruder-party-and-people"}},
	},
	{
		name: "one-china-principle: the principle named after another state",
		text: ledeCNEG + "وقال عبد العاطي إن مصر تلتزم بثبات بمبدأ الجزائر الواحدة.\n",
		want: []wantConflict{{"الجزائر", "DZ", "CN", "الصين", "one-china-principle"}},
	},
	{
		name: "intruder-cooperation-with: cooperation with a state named once",
		text: ledeCNEG + "وقال وانغ يي إن الصين مستعدة لتعزيز التعاون مع تونس في مجالات الطاقة.\n",
		want: []wantConflict{{"تونس", "TN", "EG", "مصر", "intruder-cooperation-with"}},
	},
	{
		name: "intruder-speaker-ready: a second clause of a minister's statement",
		text: ledeCNEG + "وقال وانغ يي إن البلدين شريكان استراتيجيان، وإن تونس مستعدة لتعزيز التعاون.\n",
		want: []wantConflict{{"تونس", "TN", "CN", "الصين", "intruder-speaker-ready"}},
	},
	{
		name: "side-of-speaker: the speaker's side states its stance, in a later sentence of his statement",
		text: ledeCNEG + "وقال وانغ يي إن البلدين شريكان استراتيجيان. وأضاف أن الجانب التونسي مستعد للعمل مع مصر.\n",
		want: []wantConflict{{"التونسي", "TN", "CN", "الصيني", "side-of-speaker"}},
	},
	{
		name: "a counterpart word with another state's nisba before a known official",
		text: "أوسلو 3 مارس 2026 (إن تي بي) أعلنت وزارة الخارجية النرويجية أن الوزير إسبن بارث إيدي التقى اليوم في أوسلو نظيره الجزائري بدر عبد العاطي.\n",
		want: []wantConflict{{"الجزائري", "DZ", "EG", "المصري", "official-state"}},
	},
	{
		name: "relation-adjectives: a coordination council of a participant and a third state",
		text: ledeJOEG + "وبحث الجانبان التعاون الاقتصادي.\nوأشاد الصفدي بأعمال مجلس التنسيق الأردني الليبي.\n",
		want: []wantConflict{{"الليبي", "LY", "EG", "المصري", "relation-adjectives"}},
	},
	{
		name: "intruder-products: companies of a state named once",
		text: ledeCNEG + "وبحث الجانبان التعاون الاقتصادي.\nوقال عبد العاطي إن مصر توفر بيئة أعمال عادلة للشركات التونسية.\n",
		want: []wantConflict{{"التونسية", "TN", "CN", "الصينية", "intruder-products"}},
	},
	{
		name: "intruder-party-nisba: the words after the title are no name (أهمية recurs as an ordinary word)",
		text: ledeJOEG + "وأكد الجانبان أهمية التعاون الاقتصادي.\nوأكد الرئيس التونسي أهمية زيارة الوفد.\n",
		want: []wantConflict{{"التونسي", "TN", "EG", "المصري", "intruder-party-nisba"}},
	},
	{
		name: "a state named once as keen in a minister's words is the minister's own",
		text: ledeSABH + "وأكد الزياني حرص قطر على تعزيز العمل الخليجي المشترك.\n",
		want: []wantConflict{{"قطر", "QA", "BH", "البحرين", "speaker-keen"}},
	},
}

// TestThirdParties pins legitimate mentions of non-participants: none of
// them is a conflict.
func TestThirdParties(t *testing.T) {
	runCases(t, []checkCase{
		{
			name: "an organisation's office holder keeps a nationality of their own",
			text: ledeJOEG + "وتناول الوزيران البيان الذي أصدرته وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني.\n",
		},
		{
			name: "a third state's delegation named twice",
			text: ledeJOEG + "وبحث الجانبان الوضع في ليبيا.\nورحب الوزيران بمشاركة الوفد الليبي في الاجتماع المقبل.\n",
		},
		{
			name: "a third state's official named before his name",
			text: ledeJOEG + "وتطرق الوزيران إلى الاتصال مع رئيس الوزراء العراقي محمد شياع السوداني.\n",
		},
		{
			name: "topic sentence: exchanged views on regional questions",
			text: ledeCNAZ + "كما تبادل الجانبان وجهات النظر حول الأوضاع في أفغانستان والأزمة الأوكرانية.\n",
		},
		{
			name: "the situation in X",
			text: ledeJOEG + "وأكد الصفدي أن الوضع في السودان يتطلب تحركا عربيا عاجلا.\n",
		},
		{
			name: "topic noun before a country name",
			text: ledeJOEG + "وشدد الوزيران على ضرورة التوصل إلى تسوية شاملة للأزمة في ليبيا.\n",
		},
		{
			name: "a group the participant belongs to",
			text: ledeCNEG + "وأكد وانغ يي أن الصين تولي أهمية كبيرة لتطوير العلاقات الصينية العربية، وتدعم الدول العربية في صون استقرارها.\n",
		},
		{
			name: "the African Union, of which the counterpart is a member",
			text: ledeCNEG + "وأشاد عبد العاطي بدور الصين في دعم الاتحاد الأفريقي.\n",
		},
		{
			name: "trilateral mechanism naming a third state",
			text: ledeJOEG + "واتفق الوزيران على عقد الاجتماع المقبل لآلية التعاون الثلاثي بين مصر والأردن والعراق في بغداد.\n",
		},
		{
			name: "organisation names",
			text: ledeCNAZ + "وأكد الجانبان أهمية التنسيق في إطار الأمم المتحدة ومنظمة شنغهاي للتعاون.\n",
		},
		{
			name: "a border between the participant and another state",
			text: ledeCNAZ + "وأطلع بيراموف نظيره على مسار ترسيم الحدود بين أذربيجان وأرمينيا.\n",
		},
		{
			name: "a transport corridor through a third state and the participant",
			text: ledeCNAZ + "وأكد وانغ يي أهمية الممر الذي يربط الصين بأوروبا عبر كازاخستان وأذربيجان وجورجيا.\n",
		},
		{
			name: "a confusable of the participant among neighbours",
			text: "بغداد 2 مارس 2026 (واع) استقبل وزير الخارجية العراقي فؤاد حسين اليوم في بغداد نظيره الروسي سيرغي لافروف.\n" +
				"وأكد حسين أن العراق حريص على أفضل العلاقات مع دول الجوار ومنها إيران وتركيا.\n",
		},
		{
			name: "the speaker's country named by بلاده beside a third state",
			text: ledeCNAZ + "وقال بيراموف إن بلاده وأرمينيا تعملان على إحلال السلام في المنطقة.\n",
		},
		{
			name: "both sides of a peace process, one of them the counterpart",
			text: ledeCNAZ + "وأكد وانغ يي أن الصين تدعم الجانب الأرميني والجانب الأذربيجاني في التوصل إلى اتفاق سلام.\n",
		},
		{
			name: "a third state keen on something, named twice",
			text: ledeSABH + "وتناول الوزيران نتائج الزيارة الأخيرة إلى قطر، وأشاد سمو وزير الخارجية بحرص قطر على تعزيز العمل الخليجي.\n",
		},
		{
			name: "companies of a third state the release names twice",
			text: ledeCNEG + "وبحث الجانبان الوضع في تونس.\nوأشار عبد العاطي إلى نجاح الشركات التونسية في السوق المصرية.\n",
		},
		{
			name: "a third state's official named once, by a name the gazetteer does not know",
			text: ledeJOEG + "وبحث الجانبان التعاون الاقتصادي.\nوأشار الصفدي إلى الاتصال الذي أجراه مع وزير الخارجية الجزائري كمال بوزيدي.\n",
		},
		{
			name: "cooperation with states in a list is enumeration",
			text: ledeCNEG + "وأشاد عبد العاطي بدور الصين في الوساطة بالتعاون مع قطر والولايات المتحدة.\n",
		},
		{
			name: "relations with a state in a topic sentence",
			text: ledeCNEG + "وتبادل الجانبان وجهات النظر بشأن العلاقات مع الولايات المتحدة.\n",
		},
		{
			name: "support for a state named once is no keenness of it",
			text: ledeSABH + "وأكد الجانبان دعم لبنان في مواجهة التحديات.\n",
		},
		{
			name: "the joint committee of the two participants",
			text: ledeSABH + "كما بحث الجانبان التحضيرات لاجتماع اللجنة السعودية - البحرينية المشتركة.\n",
		},
		{
			name: "a region",
			text: ledeJOEG + "وبحث الجانبان سبل تعزيز الأمن والاستقرار في منطقة الشرق الأوسط.\n",
		},
	})
}

// TestSuggestionForms pins the grammatical form of suggestions: the
// participant named in the same form as the slip.
func TestSuggestionForms(t *testing.T) {
	runCases(t, []checkCase{
		{
			name:  "definite feminine nisba",
			text:  ledeCNAZ + "وأشاد وانغ يي بالتطور المستمر في العلاقات الصينية الأرمينية.\n",
			want:  []wantConflict{{"الأرمينية", "AM", "AZ", "الأذربيجانية", "relation-adjectives"}},
			fixed: ledeCNAZ + "وأشاد وانغ يي بالتطور المستمر في العلاقات الصينية الأذربيجانية.\n",
		},
		{
			name:  "definite masculine nisba after الجانب",
			text:  ledeJOEG + "ورحب الصفدي بمشاركة الجانب العراقي في المنتدى.\n",
			want:  []wantConflict{{"العراقي", "IQ", "EG", "المصري", "side-of"}},
			fixed: ledeJOEG + "ورحب الصفدي بمشاركة الجانب المصري في المنتدى.\n",
		},
		{
			name: "indefinite feminine nisba",
			text: ledeCNSK + "وأعرب وانغ يي عن ترحيبه بشركات سلوفينية تستثمر في الصين.\n",
			want: []wantConflict{{"سلوفينية", "SI", "SK", "سلوفاكية", "participant-products"}},
		},
		{
			name: "definite sound plural nisba",
			text: ledeCNAT + "ورحب وانغ يي بالمستثمرين الأستراليين الراغبين في العمل في الصين.\n",
			want: []wantConflict{{"الأستراليين", "AU", "AT", "النمساويين", "participant-products"}},
		},
		{
			name:  "a group's nisba becomes the participant's",
			text:  ledeCNAZ + "وأكد وانغ يي حرص الصين على دفع العلاقات الصينية العربية إلى الأمام.\n",
			want:  []wantConflict{{"العربية", "arab-states", "AZ", "الأذربيجانية", "relation-adjectives"}},
			fixed: ledeCNAZ + "وأكد وانغ يي حرص الصين على دفع العلاقات الصينية الأذربيجانية إلى الأمام.\n",
		},
		{
			name:  "a group's name becomes the participant's name",
			text:  ledeCNAZ + "وقال وانغ يي إن الصين والدول العربية شريكان استراتيجيان.\n",
			want:  []wantConflict{{"الدول العربية", "arab-states", "AZ", "أذربيجان", "participant-and-x"}},
			fixed: ledeCNAZ + "وقال وانغ يي إن الصين وأذربيجان شريكان استراتيجيان.\n",
		},
		{
			name:  "proclitic و kept outside a name's span",
			text:  ledeCNAZ + "وقال بيراموف إن الصين وتركمانستان صديقان حميمان.\n",
			want:  []wantConflict{{"تركمانستان", "TM", "AZ", "أذربيجان", "participant-and-x"}},
			fixed: ledeCNAZ + "وقال بيراموف إن الصين وأذربيجان صديقان حميمان.\n",
		},
		{
			name: "merged article لل: the participant's name has the article",
			text: ledeCNNE + "وأكد وانغ يي أن الصين ستقدم مساعدات لنيجيريا لمكافحة التصحر.\n",
			// The span must take in the ل for the result to read للنيجر.
			want:  []wantConflict{{"لنيجيريا", "NG", "NE", "للنيجر", "confusable-support"}},
			fixed: ledeCNNE + "وأكد وانغ يي أن الصين ستقدم مساعدات للنيجر لمكافحة التصحر.\n",
		},
		{
			name:  "capital for a capital",
			text:  ledeCNAT + "وقال وانغ يي إن بكين وكانبرا تتقاسمان رؤية مشتركة للتعاون.\n",
			want:  []wantConflict{{"كانبرا", "AU", "AT", "فيينا", "confusable-agent"}},
			fixed: ledeCNAT + "وقال وانغ يي إن بكين وفيينا تتقاسمان رؤية مشتركة للتعاون.\n",
		},
	})
}
