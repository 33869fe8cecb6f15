package consistency

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Ledes of the role scorer's table cases, in our own words.
const (
	roleLedeSAKE = "الرياض 4 أبريل 2026 (واس) استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في الرياض نظيره الكيني موساليا مودافادي.\n"
	roleLedeCNAZ = "بكين 8 أبريل 2026 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n"
	roleLedeEGSD = "القاهرة 12 أبريل 2026 (أ ش أ) استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة نظيره السوداني علي يوسف.\n"
)

// roleFeaturesOf checks text and returns the role features of the n-th
// (1-based) mention whose text is mention.
func roleFeaturesOf(t *testing.T, c *Checker, text, mention string, n int) roleVector {
	t.Helper()
	st := c.newState([]byte(text))
	defer c.release(st)
	st.prepare()
	st.analyse()
	seen := 0
	for mi := range st.ms {
		if st.mentionText(&st.ms[mi]) != mention {
			continue
		}
		if seen++; seen < n {
			continue
		}
		ei := 0
		for ei+1 < len(st.episodes) && st.ms[mi].FirstTok() >= st.episodes[ei+1].first {
			ei++
		}
		ep := st.episodes[ei]
		require.True(t, st.roleCandidate(ep, mi), "%s is no candidate of the role scorer", mention)
		return st.roleFeatures(ep, mi, st.topicContext(ep, mi))
	}
	require.Failf(t, "no mention", "%s (%d) not found", mention, n)
	return roleVector{}
}

// TestRoleFeatures checks each feature of the role scorer both ways: a
// sentence where the mention has it and one where it has not.
func TestRoleFeatures(t *testing.T) {
	_, c := testChecker(t)
	type way struct {
		text, mention string // the lede and body; the mention (البرازيل when "")
		n             int    // the n-th mention of that text (1 when 0)
	}
	sa, cn, eg := roleLedeSAKE, roleLedeCNAZ, roleLedeEGSD
	cases := []struct {
		feature roleFeature
		on, off way
	}{
		{rfOnce, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\nوتحدثا عن البرازيل.\n", "", 0}},
		{rfFew, way{sa + "وأشاد الوزيران بدور البرازيل.\nوتحدثا عن البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfConfusable, way{cn + "وأشاد الوزيران بدور أفغانستان.\n", "أفغانستان", 0}, way{cn + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfLede, way{strings.Replace(sa, "مودافادي.", "مودافادي، وأشادا بدور البرازيل.", 1), "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfBeforeName, way{sa + "وحضر اللقاء الرئيس البرازيلي لولا دا سيلفا.\n", "البرازيلي", 0}, way{sa + "وحضر اللقاء الرئيس البرازيلي.\n", "البرازيلي", 0}},
		{rfDateline, way{strings.Replace(sa, "الرياض 4", "برازيليا 4", 1), "برازيليا", 0}, way{sa + "وكان الوزير في برازيليا الأسبوع الماضي.\n", "برازيليا", 0}},
		{rfTopic, way{sa + "وتناول الجانبان الأوضاع في البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfDiscussed, way{sa + "وأشاد الوزيران بدور البرازيل.\nوتناول الجانبان الأوضاع في البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfListed, way{sa + "وتحدث الوزيران عن البرازيل والأرجنتين.\n", "", 0}, way{sa + "وتحدث الوزيران عن البرازيل.\n", "", 0}},
		{rfQuoted, way{sa + "وقال مودافادي: «نقدر دور البرازيل».\n", "", 0}, way{sa + "وقال مودافادي إن بلاده تقدر دور البرازيل.\n", "", 0}},
		{rfWithPart, way{sa + "وتحدث الوزيران عن كينيا والبرازيل.\n", "", 0}, way{sa + "وتحدث الوزيران عن البرازيل.\n", "", 0}},
		{rfBetween, way{sa + "وبحثا العلاقات بين البرازيل وكينيا.\n", "", 0}, way{sa + "وبحثا العلاقات مع البرازيل.\n", "", 0}},
		{rfSubject, way{sa + "وأكد مودافادي أن البرازيل تدعم الحوار.\n", "", 0}, way{sa + "وأكد مودافادي دعم الحوار في البرازيل.\n", "", 0}},
		{rfPartyNoun, way{sa + "ونقل الوزير تحيات حكومة البرازيل.\n", "", 0}, way{sa + "ونقل الوزير تحياته إلى البرازيل.\n", "", 0}},
		{rfRelation, way{sa + "وبحث الجانبان التعاون مع البرازيل.\n", "", 0}, way{sa + "وبحث الجانبان الوضع في البرازيل.\n", "", 0}},
		{rfStance, way{sa + "وقال مودافادي إن البرازيل مستعدة للتعاون.\n", "", 0}, way{sa + "وقال مودافادي إن البرازيل بلد كبير.\n", "", 0}},
		{rfPlace, way{sa + "وكان الوزير في البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfCapital, way{sa + "وكان الوزير في برازيليا.\n", "برازيليا", 0}, way{sa + "وكان الوزير في البرازيل.\n", "", 0}},
		{rfNisba, way{sa + "وأشاد الوزيران بالدور البرازيلي.\n", "البرازيلي", 0}, way{sa + "وأشاد الوزيران بدور البرازيل في المنطقة.\n", "", 0}},
		{rfOnePart, way{sa + "وأشاد الوزير بدور كينيا والبرازيل.\n", "", 0}, way{sa + "وأشاد الوزير بدور البرازيل.\n", "", 0}},
		{rfBothParts, way{sa + "وأشادت السعودية وكينيا بدور البرازيل.\n", "", 0}, way{sa + "وأشادت كينيا بدور البرازيل.\n", "", 0}},
		{rfPartPerson, way{sa + "وأشاد وزير الخارجية الكيني موساليا مودافادي بدور البرازيل.\n", "", 0}, way{sa + "وأشاد الوزير بدور البرازيل.\n", "", 0}},
		{rfContact, way{sa + "والتقى الوزير أيضا سفير البرازيل.\n", "", 0}, way{sa + "وأشاد الوزير بدور البرازيل.\n", "", 0}},
		{rfPattern, way{sa + "وأكد الجانب البرازيلي دعمه للحوار.\nوتناولا الأوضاع في البرازيل.\nوتطرقا إلى الأزمة في البرازيل.\nوناقشا الملف في البرازيل.\n", "البرازيلي", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfSameBefore, way{sa + "وأشاد الوزير بجهود كينيا.\nوأشاد أيضا بجهود البرازيل.\n", "", 0}, way{sa + "وأشاد الوزير بحرص كينيا.\nوأشاد أيضا بجهود البرازيل.\n", "", 0}},
		{rfSameAfter, way{sa + "وأشاد الوزير بكينيا الشقيقة.\nوأشاد أيضا بالبرازيل الشقيقة.\n", "", 0}, way{sa + "وأشاد الوزير بكينيا الشقيقة.\nوأشاد أيضا بالبرازيل الصديقة.\n", "", 0}},
		{rfLedePlace, way{strings.Replace(sa, "اليوم في الرياض", "اليوم في برازيليا", 1), "برازيليا", 0}, way{sa + "وكان الوزير في برازيليا.\n", "برازيليا", 0}},
		{rfGathering, way{sa + "وأشاد الوزيران على هامش القمة بدور البرازيل.\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfEarlier, way{sa + "وكان الوزير قد استقبل العام الماضي وزير خارجية البرازيل.\n", "", 0}, way{sa + "واستقبل الوزير اليوم أيضا وزير خارجية البرازيل.\n", "", 0}},
		{rfOwnSpeaker, way{sa + "وقال وزير الخارجية البرازيلي إن البرازيل تدعم الحوار.\n", "", 0}, way{sa + "وقال مودافادي إن البرازيل تدعم الحوار.\n", "", 0}},
		{rfPartySpeaker, way{sa + "وقال مودافادي إن البرازيل تدعم الحوار.\n", "", 0}, way{sa + "وقال وزير الخارجية البرازيلي إن البرازيل تدعم الحوار.\n", "", 0}},
		{rfPartySpeaker, way{sa + "وقال وزير الخارجية الكيني: «إن البرازيل تدعم الحوار».\n", "", 0}, way{sa + "وأشاد الوزيران بدور البرازيل.\n", "", 0}},
		{rfEnglish, way{eg + "وأشاد الوزيران بدور جنوب السودان.\n", "جنوب السودان", 0}, way{cn + "وأشاد الوزيران بدور أفغانستان.\n", "أفغانستان", 0}},
	}
	for _, tc := range cases {
		name := roleFeatureNames[tc.feature]
		for _, w := range []struct {
			way
			want bool
		}{{tc.on, true}, {tc.off, false}} {
			t.Run(name+map[bool]string{true: "/on", false: "/off"}[w.want], func(t *testing.T) {
				mention := w.mention
				if mention == "" {
					mention = "البرازيل"
				}
				x := roleFeaturesOf(t, c, w.text, mention, max(w.n, 1))
				assert.Equal(t, w.want, x[tc.feature] != 0, "%s: %v", name, x)
			})
		}
	}
}

// TestRoleFeatureNames checks that every feature has a name and that the
// weights are in the features' order.
func TestRoleFeatureNames(t *testing.T) {
	for i, n := range roleFeatureNames {
		assert.NotEmpty(t, n, "feature %d", i)
	}
	assert.Len(t, roleWeights, int(nRoleFeatures))
}

// TestRoleScorer checks the role scorer's rule: a participant's capital
// swapped in the lede, where the party's own statement names the
// participant's capital in the same words, scores just under the fitted
// threshold (TestRoleSwapScoresAbove checks it scores above the release
// as written); the release as written, and a third state's capital named
// as a place of news, raise nothing.
func TestRoleScorer(t *testing.T) {
	_, c := testChecker(t)
	lede := strings.TrimSuffix(roleLedeSAKE, ".\n") + "، وأكد الجانبان أن %s مستعدة لتوسيع التجارة مع الرياض.\n" +
		"وقال مودافادي إن نيروبي مستعدة لاستقبال المستثمرين السعوديين.\n"
	cases := []struct {
		name, text string
		want       string // the suggestion of a participant-role conflict, "" for none
	}{
		{"a participant's capital swapped in the lede", strings.ReplaceAll(lede, "%s", "برازيليا"), "نيروبي"},
		{"the capital as written", strings.ReplaceAll(lede, "%s", "نيروبي"), ""},
		{"a third state's capital as a place of news", roleLedeSAKE + "وقال مودافادي إن بلاده تتابع الأوضاع في برازيليا.\n", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			var got []string
			for _, f := range rep.Findings {
				if f.Rule == roleRule {
					require.NotNil(t, f.Suggestion)
					assert.GreaterOrEqual(t, f.Confidence, roleMinScore)
					assert.Contains(t, f.Evidence[len(f.Evidence)-1].Note, "role score")
					got = append(got, *f.Suggestion)
				}
			}
			if tc.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, []string{tc.want}, got)
			}
		})
	}
}

// TestRoleSwapScoresAbove: the role scorer ranks a participant's capital
// swapped in the lede (TestRoleScorer's slip) above the same third
// state's capital named as a place of news, and the slip within 0.05 of
// the threshold.
func TestRoleSwapScoresAbove(t *testing.T) {
	_, c := testChecker(t)
	lede := strings.TrimSuffix(roleLedeSAKE, ".\n") + "، وأكد الجانبان أن برازيليا مستعدة لتوسيع التجارة مع الرياض.\n" +
		"وقال مودافادي إن نيروبي مستعدة لاستقبال المستثمرين السعوديين.\n"
	swap := roleFeaturesOf(t, c, lede, "برازيليا", 1)
	news := roleFeaturesOf(t, c, roleLedeSAKE+"وقال مودافادي إن بلاده تتابع الأوضاع في برازيليا.\n", "برازيليا", 1)
	assert.Greater(t, roleScore(&swap), roleScore(&news))
	assert.Greater(t, roleScore(&swap), roleMinScore-0.05)
}

// TestContradictedParty checks the contradicted-party reading both ways:
// a counterpart's title named once in the lede while the body names
// another state in the participants' places three times is the slip, and
// that state the participant; a counterpart named once while the body
// names a third state three times as a topic keeps the pair.
func TestContradictedParty(t *testing.T) {
	_, c := testChecker(t)
	lede := "الرياض 4 أبريل 2026 (واس) استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في الرياض نظيره %s أوموندي كاماو.\n"
	cases := []struct {
		name, text string
		parts      []string
		rule       string // the lede title's finding, "" for none
	}{
		{"the body keeps naming the participant the lede's title swapped",
			strings.Replace(lede, "%s", "البيروفي", 1) +
				"وأكد كاماو أن كينيا حريصة على توسيع التبادل التجاري مع المملكة.\n" +
				"وأشاد الوزير السعودي بمشاركة كينيا في المعرض الزراعي.\n" +
				"ودعا الشركات السعودية إلى الاستثمار في كينيا.\n",
			[]string{"SA", "KE"}, "contradicted-party"},
		{"a third state discussed three times as a topic",
			strings.Replace(lede, "%s", "الكيني", 1) +
				"وتناول الجانبان الأوضاع في البرازيل.\n" +
				"وتطرقا إلى تطورات الأزمة في البرازيل.\n" +
				"وناقشا مستجدات الملف في البرازيل.\n",
			[]string{"SA", "KE"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tc.parts, reportParticipants(rep))
			var rules []string
			for _, f := range rep.Findings {
				if f.Rule == "contradicted-party" || f.Rule == "swapped-party" {
					rules = append(rules, f.Rule)
				}
			}
			if tc.rule == "" {
				assert.Empty(t, rules)
			} else {
				assert.Equal(t, []string{tc.rule}, rules)
			}
		})
	}
}

// TestSwappedPairMember checks both ways that a pair member the text names
// only in the pair and in a title whose known official is another state's
// gives way to that state: a guest's name swapped throughout the lede and
// the pair (وزير الخارجية التركمانستاني هاكان فيدان … السعودي
// التركمانستاني) is the slip; a third state's official under his own
// state's title leaves the coordinated pair alone.
func TestSwappedPairMember(t *testing.T) {
	_, c := testChecker(t)
	cases := []struct {
		name, text string
		parts      []string
	}{
		{"the guest's name swapped in its title and in the pair",
			"الرياض 3 فبراير 2026 (واس) استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم وزير الخارجية التركمانستاني هاكان فيدان.\n" +
				"وجرى خلال الاستقبال استعراض العلاقات الثنائية وفرص تطويرها في إطار مجلس التنسيق السعودي التركمانستاني.\n",
			[]string{"SA", "TR"}},
		{"a third state's official under his own title",
			"موسكو 3 فبراير 2026 (واس) بحث وزيرا خارجية السعودية وروسيا في اتصال هاتفي اليوم المبادرة التي طرحها وزير الخارجية التركي هاكان فيدان.\n" +
				"واستعرض الجانبان العلاقات السعودية الروسية وسبل تطويرها.\n",
			[]string{"SA", "RU"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tc.parts, reportParticipants(rep))
		})
	}
}

// reportParticipants returns the ids of a report's participants, in order.
func reportParticipants(rep *Report) []string {
	var ids []string
	for _, p := range rep.Participants {
		ids = append(ids, p.ID)
	}
	return ids
}

// TestCoordinatedWith checks both ways which joins make a state's mention
// coordinated with a mention of another state (here Kenya), as the role
// scorer's features and the speaker rules read them.
func TestCoordinatedWith(t *testing.T) {
	_, c := testChecker(t)
	sa := roleLedeSAKE
	for _, tc := range []struct {
		text, mention string
		want          bool
	}{
		{sa + "وتحدث الوزيران عن البرازيل وكينيا.\n", "البرازيل", true},
		{sa + "وتحدث الوزيران عن كينيا والبرازيل.\n", "البرازيل", true},
		{sa + "وتحدث الوزيران عن البرازيل، كينيا.\n", "البرازيل", true},
		{sa + "وعقد منتدى البرازيل - كينيا للأعمال.\n", "البرازيل", true},
		{sa + "وأكدت حكومة البرازيل وحكومة كينيا دعمهما للاتفاق.\n", "البرازيل", true},
		{sa + "وأكدت حكومة كينيا وحكومة البرازيل دعمهما للاتفاق.\n", "البرازيل", true},
		{sa + "وتحدث الوزيران عن البرازيل في كينيا.\n", "البرازيل", false},
		{sa + "وتحدث الوزيران عن البرازيل والأرجنتين.\n", "البرازيل", false},
		{sa + "وأكدت حكومة البرازيل وشعب كينيا دعمهما للاتفاق.\n", "البرازيل", false},
	} {
		st := c.newState([]byte(tc.text))
		st.prepare()
		st.analyse()
		found := false
		for mi := range st.ms {
			if st.mentionText(&st.ms[mi]) == tc.mention && st.sentAt(st.ms[mi].FirstTok()) > 0 {
				found = true
				assert.Equal(t, tc.want, st.coordinatedWith(mi, "KE"), tc.text)
			}
		}
		assert.True(t, found, "%s: no mention %s", tc.text, tc.mention)
		c.release(st)
	}
}

// TestRoleSpeakersAndDates checks the role scorer's reading of who speaks
// and when, both ways, in pairs that differ in that alone: the slip (a
// participant's place given another state) scores above the clean text
// (the same state at an event dated before the meeting, or in the words
// of its own official), the clean text stays under the threshold and
// raises no participant-role conflict, and the slip is a conflict at the
// default confidence where raised says so.
func TestRoleSpeakersAndDates(t *testing.T) {
	_, c := testChecker(t)
	eg := roleLedeEGSD
	cases := []struct {
		name, slip, clean, mention string
		raised                     bool
	}{
		{"a look-alike's minister received today, or last year",
			eg + "وقال وزير خارجية جنوب السودان إن بلاده حريصة على تعزيز التعاون مع مصر.\n",
			eg + "وكان عبد العاطي قد استقبل العام الماضي وزير خارجية جنوب السودان في القاهرة.\n",
			"جنوب السودان", false},
		{"the guest's words on a look-alike, or its own official's",
			eg + "وقال يوسف: «إن جنوب السودان يتطلع إلى دعم مصر».\n",
			eg + "وكان وزير خارجية جنوب السودان قد قال أمس: «إن جنوب السودان يتطلع إلى دعم مصر».\n",
			"جنوب السودان", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := strings.Count(tc.clean, tc.mention)
			slip := roleFeaturesOf(t, c, tc.slip, tc.mention, 1)
			clean := roleFeaturesOf(t, c, tc.clean, tc.mention, n)
			t.Logf("slip %.3f (%s), clean %.3f (%s)", roleScore(&slip), roleNotes(&slip), roleScore(&clean), roleNotes(&clean))
			assert.Greater(t, roleScore(&slip), roleScore(&clean))
			assert.Less(t, roleScore(&clean), roleMinScore)
			rep, err := c.Check([]byte(tc.clean))
			require.NoError(t, err)
			for _, f := range rep.Findings {
				assert.NotEqual(t, roleRule, f.Rule, f.Text)
			}
			if !tc.raised {
				return
			}
			rep, err = c.Check([]byte(tc.slip))
			require.NoError(t, err)
			var got []string
			for _, f := range rep.Findings {
				if f.Kind == CountryConflict && f.Confidence >= DefaultMinConfidence {
					got = append(got, f.Text+" → "+*f.Suggestion)
				}
			}
			assert.Equal(t, []string{tc.mention + " → السودان"}, got)
		})
	}
}

// TestQuotedGraded checks both ways that a quotation of a speaker the text
// does not place lowers a conflict the less, the more easily the state is
// mistaken for the participant: a
// look-alike of the guest inside the words of a speaker the text does not
// place is still a slip (quotedGraded: ×0.98 for Sudan/South Sudan), and
// a state not mistaken for either party in the same words stays under the
// default confidence (×0.5).
func TestQuotedGraded(t *testing.T) {
	_, c := testChecker(t)
	for _, tc := range []struct {
		name, body, want string // want: the text of a conflict at the default, "" for none
	}{
		{"a look-alike as the speaker's subject", "وقال مسؤول في الوفد: «إن جنوب السودان حريص على تعزيز التعاون مع مصر في مجال المياه».\n", "جنوب السودان"},
		{"a look-alike's stance", "وقال مسؤول في الوفد: «نقدر موقف جنوب السودان الداعم لجهود مصر».\n", "جنوب السودان"},
		{"another state as the speaker's subject", "وقال مسؤول في الوفد: «إن البرازيل حريصة على تعزيز التعاون مع مصر في مجال المياه».\n", ""},
		{"another state's stance", "وقال مسؤول في الوفد: «نقدر موقف البرازيل الداعم لجهود مصر».\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(roleLedeEGSD + tc.body))
			require.NoError(t, err)
			var got []string
			for _, f := range rep.Findings {
				if f.Kind == CountryConflict && f.Confidence >= DefaultMinConfidence {
					got = append(got, f.Text)
					require.NotNil(t, f.Suggestion)
					assert.Equal(t, "السودان", *f.Suggestion)
				}
			}
			if tc.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, []string{tc.want}, got)
			}
		})
	}
}

// TestRolePruned: the role scorer that stops reading a mention once its
// score cannot reach the threshold (roleFeaturesUpTo) gives every release
// the report of the scorer that reads every feature (roleFull), and it
// does stop on most of them; every feature the full reading gives is in
// [0, 1], as the bound assumes.
func TestRolePruned(t *testing.T) {
	_, c := testChecker(t)
	files, _ := releasesText(t)
	dev, err := filepath.Glob("../../shared/eval/dev/*.txt")
	require.NoError(t, err)
	pruned, read := 0, 0
	for _, f := range append(files, dev...) {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		run := func(full bool) ([]byte, int, []roleSample) {
			st := c.newState(src)
			st.roleFull = full
			st.logRoles = full
			st.prepare()
			st.analyse()
			j, err := json.Marshal(st.report())
			require.NoError(t, err)
			n, log := st.rolePruned, st.roleLog
			st.logRoles, st.roleLog = false, nil
			c.release(st)
			return j, n, log
		}
		full, n, log := run(true)
		require.Zero(t, n, f)
		read += len(log)
		for _, s := range log {
			for i, v := range s.x {
				require.True(t, v >= 0 && v <= 1, "%s: feature %s is %v", f, roleFeatureNames[i], v)
			}
		}
		cut, n, _ := run(false)
		require.Equal(t, string(full), string(cut), f)
		pruned += n
	}
	t.Logf("%d of the %d mentions the role scorer read were cut short", pruned, read)
	require.Positive(t, pruned, "no mention's reading was cut short")
}
