package consistency_test

import (
	"path/filepath"

	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

// ruleFixture is a short release written for one pattern of rules.yaml:
// fires is a text where the pattern fires on the mention named (a conflict
// with entity and expected, or, for a topic pattern, the mention's role
// topic); nearMiss is the same construction a word away, which the pattern
// leaves alone (no conflict at all; for a topic pattern, the mention is no
// topic). A conflict pattern may take its firing text from
// conflictRuleCases instead.
type ruleFixture struct {
	rule             string
	fires            string
	mention          string // the mention the pattern fires on
	entity, expected string // the conflict's entity and the participant meant
	nearMiss         string
}

// ruleFixtures: one entry per pattern id. Entities: AM Armenia, AZ
// Azerbaijan, CN China, EG Egypt, JO Jordan, SA Saudi Arabia, BH Bahrain,
// SK Slovakia, SI Slovenia, AT Austria, NE Niger, SD Sudan.
var ruleFixtures = []ruleFixture{
	// conflicts, in the order of rules.yaml
	{rule: "both-parties-reversed",
		fires:   ledeCNAZ + "وأكد الوزيران عمق الصداقة بين الشعبين الأرميني والصيني.\n",
		mention: "الأرميني", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وأكد الوزيران عمق الصداقة بين الشعبين الأذربيجاني والصيني.\n"},
	{rule: "both-parties",
		nearMiss: ledeJOEG + "وأكد الوزيران عمق الروابط بين الشعبين الأردني والمصري.\n"},
	{rule: "side-of-speaker",
		nearMiss: ledeCNEG + "وقال وانغ يي إن البلدين شريكان استراتيجيان. وأضاف أن الجانب الصيني مستعد للعمل مع مصر.\n"},
	{rule: "side-of",
		nearMiss: ledeCNAZ + "وقال وانغ يي إن الصين تثمن الموقف الثابت للجانب الأذربيجاني.\n"},
	{rule: "sides-pair",
		fires:   ledeCNAZ + "وأعرب الجانب الصيني والأرميني عن ارتياحهما للتقدم المحرز.\n",
		mention: "الأرميني", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وأعرب الجانب الصيني والأذربيجاني عن ارتياحهما للتقدم المحرز.\n"},
	{rule: "one-china-pledge",
		nearMiss: ledeCNAZ + "وقال بيراموف إن أذربيجان تلتزم بثبات بمبدأ الصين الواحدة.\n"},
	{rule: "one-china-principle",
		nearMiss: ledeCNEG + "وقال عبد العاطي إن مصر تلتزم بثبات بمبدأ الصين الواحدة.\n"},
	{rule: "relation-adjectives",
		nearMiss: ledeCNAZ + "وأكد الجانبان عزمهما على دفع العلاقات الصينية الأذربيجانية إلى مستوى أعلى.\n"},
	{rule: "relation-adjectives-reversed",
		nearMiss: ledeCNAZ + "وأعرب بيراموف عن ارتياحه لمستوى العلاقات الأذربيجانية الصينية.\n"},
	{rule: "participant-and-x",
		nearMiss: ledeCNAZ + "وقال وانغ يي إن الصين وأذربيجان تعملان معا لصون السلام.\n"},
	{rule: "x-and-participant",
		nearMiss: ledeCNAZ + "وأضاف وانغ يي أن أذربيجان والصين شريكان موثوقان.\n"},
	{rule: "relations-between",
		nearMiss: ledeCNAZ + "وأكد وانغ يي أن العلاقات بين الصين وأذربيجان شهدت تطورا كبيرا.\n"},
	{rule: "speaker-country",
		nearMiss: ledeCNAZ + "وقال بيراموف إن أذربيجان تقدر عاليا الدعم الذي تقدمه الصين.\n"},
	{rule: "speaker-keen",
		nearMiss: ledeJOEG + "وأكد عبد العاطي حرص مصر على مواصلة التشاور مع الأردن.\n"},
	{rule: "speaker-keen-implied",
		fires:   ledeCNAZ + "وقال بيراموف إن بلاده تقدر دعم الصين. وأكد حرص أرمينيا على توسيع التعاون.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وقال بيراموف إن بلاده تقدر دعم الصين. وأكد حرص أذربيجان على توسيع التعاون.\n"},
	{rule: "relations-with",
		nearMiss: ledeCNSK + "وأشار وانغ يي إلى أن العلاقات مع سلوفاكيا شهدت تطورا ملحوظا.\n"},
	{rule: "participant-products",
		nearMiss: ledeCNAT + "ورحب وانغ يي بدخول المزيد من المنتجات النمساوية عالية الجودة إلى السوق الصينية.\n"},
	{rule: "counterpart-products",
		fires:   ledeCNAZ + "وقال وانغ يي إن الصين ترحب بدخول المزيد من المنتجات الأرمينية إلى أسواقها.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وقال وانغ يي إن الصين ترحب بدخول المزيد من المنتجات الأذربيجانية إلى أسواقها.\n"},
	{rule: "confusable-support",
		nearMiss: ledeCNSK + "وأكد وانغ يي أن الصين ستواصل دعم سلوفاكيا في مسيرتها التنموية.\n"},
	{rule: "confusable-with",
		nearMiss: ledeCNNE + "وأعرب وانغ يي عن استعداد الصين للعمل مع النيجر في مجالات الزراعة والطاقة.\n"},
	{rule: "confusable-agent",
		nearMiss: ledeCNSK + "وأوضحت الخارجية الصينية في بيان أن سلوفاكيا شريك مهم في أوروبا الوسطى.\n"},
	{rule: "confusable-subject",
		fires:   ledeCNSK + "وتعد سلوفينيا شريكا مهما للصين في أوروبا الوسطى.\n",
		mention: "سلوفينيا", entity: "SI", expected: "SK",
		nearMiss: ledeCNSK + "وتعد سلوفينيا والمجر شريكين مهمين للصين في أوروبا الوسطى.\n"},
	{rule: "official-state",
		nearMiss: ledeJOEG + "وأكد وزير الخارجية المصري بدر عبد العاطي حرص بلاده على التنسيق.\n"},
	{rule: "official-state-name",
		fires:   ledeCNEG + "وكان وزير خارجية الأردن بدر عبد العاطي قد زار بكين العام الماضي.\n",
		mention: "الأردن", entity: "JO", expected: "EG",
		nearMiss: ledeCNEG + "وكان وزير خارجية مصر بدر عبد العاطي قد زار بكين العام الماضي.\n"},
	{rule: "official-state-after",
		fires:   ledeCNEG + "وأوضح بدر عبد العاطي، وزير الخارجية الأردني، أن بلاده تقدر مواقف الصين.\n",
		mention: "الأردني", entity: "JO", expected: "EG",
		nearMiss: ledeCNEG + "وأوضح بدر عبد العاطي، وزير الخارجية المصري، أن بلاده تقدر مواقف الصين.\n"},
	{rule: "official-state-after-name",
		fires:   ledeCNEG + "وأوضح بدر عبد العاطي وزير خارجية الأردن أن بلاده تقدر مواقف الصين.\n",
		mention: "الأردن", entity: "JO", expected: "EG",
		nearMiss: ledeCNEG + "وأوضح بدر عبد العاطي وزير خارجية مصر أن بلاده تقدر مواقف الصين.\n"},
	{rule: "relation-nisba-pair",
		fires:   ledeCNAZ + "وأشاد الوزيران بالتقدم الذي تحققه العلاقات الصينية - الأرمينية.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وأشاد الوزيران بالتقدم الذي تحققه العلاقات الصينية - الأذربيجانية.\n"},
	{rule: "relation-nisba-pair-reversed",
		fires:   ledeCNAZ + "وأشاد الوزيران بالتقدم الذي تحققه العلاقات الأرمينية - الصينية.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وأشاد الوزيران بالتقدم الذي تحققه العلاقات الأذربيجانية - الصينية.\n"},
	{rule: "intruder-party-nisba",
		nearMiss: ledeJOEG + "وبحث الجانبان التعاون الاقتصادي.\nوفي ختام الزيارة أعرب الوفد المصري عن شكره.\n"},
	{rule: "intruder-keen",
		nearMiss: ledeSABH + "وأشاد سمو وزير الخارجية بحرص البحرين على تعزيز العمل الخليجي المشترك.\n"},
	{rule: "intruder-products",
		nearMiss: ledeCNEG + "وبحث الجانبان التعاون الاقتصادي.\nوقال عبد العاطي إن مصر توفر بيئة أعمال عادلة للشركات الصينية.\n"},
	{rule: "intruder-cooperation-with",
		nearMiss: ledeCNEG + "وقال وانغ يي إن الصين مستعدة لتعزيز التعاون مع مصر في مجالات الطاقة.\n"},
	{rule: "intruder-speaker-ready",
		nearMiss: ledeCNEG + "وقال وانغ يي إن البلدين شريكان استراتيجيان، وإن الصين مستعدة لتعزيز التعاون.\n"},
	{rule: "intruder-party-name",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأشاد وانغ يي بموقف أرمينيا الثابت من القضايا الدولية.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة مع أرمينيا.\nوأشاد وانغ يي بموقف أرمينيا الثابت من القضايا الدولية.\n"},
	{rule: "intruder-party-and-people",
		nearMiss: ledeSABH + "وفي ختام اللقاء، نقل الزياني تحيات جلالة الملك إلى حكومة وشعب البحرين.\n"},
	{rule: "intruder-nisba-pair",
		nearMiss: ledeSABH + "كما بحث الجانبان التحضيرات لاجتماع اللجنة السعودية - البحرينية المشتركة.\n"},
	{rule: "intruder-nisba-pair-reversed",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الأرمينية - الصينية المشتركة دورتها المقبلة في باكو.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الأذربيجانية - الصينية المشتركة دورتها المقبلة في باكو.\n"},
	{rule: "intruder-nisba-and",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الصينية والأرمينية المشتركة دورتها المقبلة في باكو.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الصينية والأذربيجانية المشتركة دورتها المقبلة في باكو.\n"},
	{rule: "intruder-nisba-and-reversed",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الأرمينية والصينية المشتركة دورتها المقبلة في باكو.\n",
		mention: "الأرمينية", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوستعقد اللجنة الأذربيجانية والصينية المشتركة دورتها المقبلة في باكو.\n"},
	{rule: "intruder-between",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأشار وانغ يي إلى أهمية التعاون بين أرمينيا والصين في مجال النقل.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأشار وانغ يي إلى أهمية التعاون بين أذربيجان والصين في مجال النقل.\n"},
	{rule: "intruder-between-reversed",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأشار وانغ يي إلى أهمية التعاون الاقتصادي المتنامي بين الصين وأرمينيا.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأشار وانغ يي إلى أهمية التعاون الاقتصادي المتنامي بين الصين وأذربيجان.\n"},
	{rule: "intruder-envoy-to",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوحضر المحادثات سفير الصين لدى أرمينيا.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوحضر المحادثات سفير الصين لدى أذربيجان.\n"},
	{rule: "intruder-title-nisba",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأعرب وانغ يي عن تقديره لجهود الوزير الأرميني.\n",
		mention: "الأرميني", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوأعرب وانغ يي عن تقديره لجهود الوزير الأذربيجاني.\n"},
	{rule: "intruder-title-name",
		fires:   ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوحضر المحادثات سفير أرمينيا في بكين.\n",
		mention: "أرمينيا", entity: "AM", expected: "AZ",
		nearMiss: ledeCNAZ + "وبحث الجانبان التعاون في مجال الطاقة.\nوحضر المحادثات سفير أذربيجان في بكين.\n"},
	// topics
	{rule: "topic-noun",
		fires:    ledeCNAZ + "وأبدى وانغ يي قلقه من أزمة السودان.\n",
		mention:  "السودان",
		nearMiss: ledeCNAZ + "وأبدى وانغ يي تقديره لجهود السودان.\n"},
	{rule: "locative",
		fires:    ledeCNAZ + "وأشار وانغ يي إلى أن آلاف المهندسين الصينيين يعملون في السودان.\n",
		mention:  "السودان",
		nearMiss: ledeCNAZ + "وأشار وانغ يي إلى أن آلاف المهندسين الصينيين يعملون لصالح السودان.\n"},
	{rule: "institution",
		fires:    ledeCNAZ + "وتابعت وسائل الإعلام السودانية الزيارة باهتمام.\n",
		mention:  "السودانية",
		nearMiss: ledeCNAZ + "وتابعت الجالية السودانية الزيارة باهتمام.\n"},
}

// TestEveryRuleHasFixtures: every conflict and topic pattern of rules.yaml
// has a release it fires on (here or in conflictRuleCases) and a near miss
// it leaves alone; a pattern added without both fails here.
func TestEveryRuleHasFixtures(t *testing.T) {
	rs, err := consistency.DefaultRules()
	require.NoError(t, err)
	fires, misses := map[string]bool{}, map[string]bool{}
	for _, tc := range conflictRuleCases {
		for _, w := range tc.want {
			fires[w.Rule] = true
		}
	}
	for _, fx := range ruleFixtures {
		fires[fx.rule] = fires[fx.rule] || fx.fires != ""
		misses[fx.rule] = misses[fx.rule] || fx.nearMiss != ""
	}
	ids := map[string]bool{}
	for _, p := range append(append([]consistency.Pattern(nil), rs.Conflicts...), rs.Topics...) {
		ids[p.ID] = true
		assert.True(t, fires[p.ID], "pattern %q (rules.yaml:%d) has no fixture that fires it", p.ID, p.Line)
		assert.True(t, misses[p.ID], "pattern %q (rules.yaml:%d) has no near miss it leaves alone", p.ID, p.Line)
	}
	for _, fx := range ruleFixtures {
		assert.True(t, ids[fx.rule], "fixture for %q, which rules.yaml does not have", fx.rule)
	}
}

// TestRuleFixtures: each conflict fixture fires its pattern on the mention
// named, with the entity and the participant meant; each near miss raises
// no conflict at all.
func TestRuleFixtures(t *testing.T) {
	topics := topicIDs(t)
	for _, fx := range ruleFixtures {
		if topics[fx.rule] {
			continue
		}
		t.Run(fx.rule, func(t *testing.T) {
			if fx.fires != "" {
				fs := conflicts(t, fx.fires)
				require.Len(t, fs, 1, "fires")
				assert.Equal(t, [4]string{fx.rule, fx.mention, fx.entity, fx.expected},
					[4]string{fs[0].Rule, fs[0].Text, fs[0].Entity, fs[0].Expected})
			}
			assert.Empty(t, conflicts(t, fx.nearMiss), "near miss")
		})
	}
}

// TestTopicRuleFixtures: each topic fixture makes its mention a topic with
// the default rules and not without its pattern (so that pattern is what
// fires); in each near miss the mention is no topic.
func TestTopicRuleFixtures(t *testing.T) {
	topics := topicIDs(t)
	g, rs := gazetteerAndRules(t)
	for _, fx := range ruleFixtures {
		if !topics[fx.rule] {
			continue
		}
		t.Run(fx.rule, func(t *testing.T) {
			without := *rs
			without.Topics = nil
			for _, p := range rs.Topics {
				if p.ID != fx.rule {
					without.Topics = append(without.Topics, p)
				}
			}
			cw, err := consistency.New(g, &without, consistency.Options{})
			require.NoError(t, err)
			assert.Equal(t, "topic", roleOf(t, mustChecker(t), fx.fires, fx.mention), "fires")
			assert.NotEqual(t, "topic", roleOf(t, cw, fx.fires, fx.mention), "without the pattern")
			assert.NotEqual(t, "topic", roleOf(t, mustChecker(t), fx.nearMiss, fx.mention), "near miss")
		})
	}
}

func topicIDs(t *testing.T) map[string]bool {
	t.Helper()
	rs, err := consistency.DefaultRules()
	require.NoError(t, err)
	ids := map[string]bool{}
	for _, p := range rs.Topics {
		ids[p.ID] = true
	}
	return ids
}

// roleOf is the role of the only mention of text written as mention.
func roleOf(t *testing.T, c *consistency.Checker, text, mention string) string {
	t.Helper()
	rep, err := c.Check([]byte(text))
	require.NoError(t, err)
	role := ""
	for _, m := range rep.Mentions.All() {
		if m.Text == mention {
			require.Empty(t, role, "%q is named once", mention)
			role = m.Role
		}
	}
	require.NotEmpty(t, role, "no mention %q", mention)
	return role
}

// gazetteerAndRules are the repository's gazetteer and the default rules.
func gazetteerAndRules(t *testing.T) (*entities.Gazetteer, *consistency.Rules) {
	t.Helper()
	g, err := entities.LoadFile(filepath.Join("..", "gazetteer.yaml"))
	require.NoError(t, err)
	rs, err := consistency.DefaultRules()
	require.NoError(t, err)
	return g, rs
}
