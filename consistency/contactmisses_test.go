package consistency_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// What the texts whose pair was not read hold: TestContactMisses puts every
// readout labelled with a pair in its TestParticipantMisses outcome and,
// for the outcomes none:… (no pair read), counts the kinds of contact
// evidence they hold (ContactEvidence: word classes in the lede and the
// contact window, probe words of kinds the rules may lack, the format),
// beside the share of the readouts read right that hold the same kind.
// Totals only, no text and no release name, so that it runs on sets read
// only in aggregate:
//
//	go test ./consistency -run TestContactMisses -v -contactmisses ../testdata/heldout2,../testdata/formats9
//
// A kind most misses hold and few right readouts do is a lead for a
// capability; one that right readouts hold as often is none. "by cause"
// splits the kinds by the none:… cause and adds the sentences of the first
// announcement, the first reported contact and the window's end, and the
// parties that act (PartTrace); nopair counts the readouts labelled with
// no participants and whether a pair is read in them.
var contactMissSets = flag.String("contactmisses", "", "labelled sets, comma-separated, for TestContactMisses")

// contactProbes are kinds of contact wording, in words of their own: a
// dual verb (both parties as its subject), a telephone call, a message or
// letter, a verb of talks other than the rules' contact words, and the
// parties named as a pair.
var contactProbes = map[string][]string{
	"dual":    {"التقيا", "اجتمعا", "أجريا", "تبادلا", "ناقشا", "استعرضا", "تباحثا", "تناولا", "أكدا", "بحثا", "وقعا", "عقدا"},
	"call":    {"مكالمة", "هاتفية", "هاتفي", "الهاتفي", "الهاتفية", "هاتفيا", "اتصل", "اتصلت", "اتصالا", "الهاتف"},
	"message": {"رسالة", "برقية", "بعث", "بعثت", "تسلم", "تسلمت", "خطاب", "خطابا", "رسالته", "رسالتها"},
	"talks":   {"تباحث", "تباحثت", "جرت", "جرى", "يجري", "تجري", "عقدت", "مشاورات", "المشاورات", "محادثة", "تبادل", "تبادلت", "استقبلا", "زارت"},
	"pair":    {"الجانبان", "الجانبين", "البلدان", "البلدين", "الطرفان", "الطرفين", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين"},
}

// TestContactMisses logs, per set and over all, the kinds of evidence the
// readouts whose pair was not read hold.
func TestContactMisses(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	_, tab := slipGenerator(t)
	sets := *contactMissSets
	if sets == "" {
		sets = "../testdata/releases"
	}
	miss, right := map[string]int{}, map[string]int{}
	nMiss, nRight := 0, 0
	for _, dir := range strings.Split(sets, ",") {
		if dir == "" {
			continue
		}
		rs, err := slips.LoadReleases(dir)
		require.NoError(t, err, dir)
		out := map[string]int{}
		for _, r := range rs {
			if r.Labels.Multilateral || len(r.Labels.Participants) != 2 {
				// a text its labels give no pair: is one read, and what
				// does the text hold
				if len(r.Labels.Participants) == 0 && !r.Labels.Multilateral {
					rep, err := c.Check(r.Text)
					require.NoError(t, err)
					k := "nopair:none"
					if len(rep.Participants) > 0 {
						k = "nopair:read"
						tr := consistency.PartTrace(c, r.Text)
						for e := range consistency.ContactEvidence(c, r.Text, contactProbes) {
							if strings.HasPrefix(e, "format:") {
								k += " " + e
							}
						}
						k += fmt.Sprintf(" announce=%d contact=%d", tr.AnnounceSent, tr.ContactSent)
					}
					out[k]++
				}
				continue
			}
			k, err := partOutcome(c, tab, r)
			require.NoError(t, err)
			switch {
			case k == "ok":
				nRight++
				for e := range consistency.ContactEvidence(c, r.Text, contactProbes) {
					right[e]++
				}
			case strings.HasPrefix(k, "none:"):
				nMiss++
				out[k]++
				ev := consistency.ContactEvidence(c, r.Text, contactProbes)
				tr := consistency.PartTrace(c, r.Text)
				ev[fmt.Sprintf("sent:announce=%d", tr.AnnounceSent)] = true
				ev[fmt.Sprintf("sent:contact=%d", tr.ContactSent)] = true
				ev[fmt.Sprintf("sent:window=%d", tr.WindowSent)] = true
				ev[fmt.Sprintf("sent:parties=%d", len(tr.Parties))] = true
				for e := range ev {
					miss[e]++
					miss[strings.SplitN(k, ":", 3)[1]+" "+e]++
				}
			}
		}
		t.Logf("%-10s none:%s", filepath.Base(dir), countList(out))
	}
	keys := slices.Sorted(mapKeys(miss))
	for _, k := range keys {
		if strings.Contains(k, " ") {
			continue
		}
		t.Logf("%-28s misses %2d/%d  right %5.2f", k, miss[k], nMiss, float64(right[k])/float64(max(nRight, 1)))
	}
	var by []string
	for _, k := range keys {
		if strings.Contains(k, " ") && (strings.Contains(k, "probe:") || strings.Contains(k, "format:") || strings.Contains(k, "states:") || strings.Contains(k, "sent:") || strings.HasSuffix(k, ":speech") || strings.HasSuffix(k, ":name_verb") || strings.HasSuffix(k, ":contact") || strings.HasSuffix(k, ":counterpart") || strings.HasSuffix(k, ":both") || strings.HasSuffix(k, ":future") || strings.Contains(k, "idle") || strings.Contains(k, "ledeperson")) {
			by = append(by, fmt.Sprintf("%s %d", k, miss[k]))
		}
	}
	t.Logf("by cause: %s", strings.Join(by, "; "))
}

// TestContactEvidence: each kind of evidence on in one own text and off in
// another.
func TestContactEvidence(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text string
		on, off    []string
	}{
		{"talks held, the two ministers as a pair",
			"التقى وزير الخارجية المصري نظيره الأردني في القاهرة أمس، وبحث معه العلاقات الثنائية بين البلدين.\nوتبادل الوزيران وجهات النظر.",
			[]string{"lede:contact", "lede:counterpart", "window:probe:pair", "states:lede2"}, []string{"format:title", "window:probe:call", "window:future"}},
		{"no contact: markets",
			"ارتفعت أسعار النفط في الأسواق العالمية اليوم مع تزايد الطلب في آسيا وأوروبا على الخام.\nوقال محللون إن الطلب يتزايد.",
			nil, []string{"window:contact", "window:counterpart", "window:probe:call", "window:probe:pair", "states:lede2"}},
		{"a telephone call under a title line",
			"الرئيس التونسي يتصل بالعاهل المغربي\nأجرى الرئيس التونسي مكالمة هاتفية مع العاهل المغربي تناولت العلاقات الثنائية.",
			[]string{"format:title", "window:probe:call"}, []string{"window:probe:message"}},
		{"a visit announced",
			"سيزور وزير الخارجية الكويتي القاهرة الأسبوع المقبل في جولة تشمل عدة دول عربية.\nوقال مصدر إن الزيارة تستغرق يومين.",
			[]string{"lede:future"}, []string{"format:title", "window:counterpart"}},
	} {
		ev := consistency.ContactEvidence(c, []byte(tc.text), contactProbes)
		for _, k := range tc.on {
			assert.True(t, ev[k], "%s: %s", tc.name, k)
		}
		for _, k := range tc.off {
			assert.False(t, ev[k], "%s: %s", tc.name, k)
		}
	}
}
