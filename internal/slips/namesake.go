package slips

import (
	"math/rand/v2"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// NearNamesake names a second person beside one the release names in
// full and again (InventedRespelt's people), in a sentence added at the
// end in the checker's own words (an adviser who attended, a delegation's
// head, a son, a writer quoted on another matter): a different given name
// and a surname one letter of a foreign sound away from the first
// person's (ث/س، ث/ز، ز/س، تش/ش، غ/ج: two namesakes written as
// transliterations differ) or, a third of the time, the same surname (a
// father and his son, two officials of one family). Half the time the
// first person is replaced throughout by a made-up name no list knows
// (both people are then unknown); otherwise the release's own person is
// kept. The second given name is made up or a given name of the lexicon,
// with a title before it or none; some sentences name the second person
// again by the surname alone. It adds no label: two people are no name
// variant, and any variant found between them is a false finding. It is
// the negative counterpart of InventedRespelt, for fitting and measuring
// the reading of a surname respelt. It is not in Kinds: ask for it by
// name.
const NearNamesake Kind = "near-namesake"

// namesakeSentences are the sentences NearNamesake adds, {g} and {s} the
// second person's given name and surname; namesakeFamily those that say
// the two are of one family (used with the same surname).
var (
	namesakeSentences = []string{
		"وحضر اللقاء المستشار {g} {s} وعدد من كبار المسؤولين.",
		"وشارك في الاجتماع {g} {s}، رئيس اللجنة الاقتصادية المشتركة.",
		"وكان {g} {s} قد زار العاصمة الشهر الماضي على رأس وفد من رجال الأعمال.",
		"وفي سياق منفصل، قال الكاتب {g} {s} إن معرض الكتاب يفتح أبوابه الأسبوع المقبل، وأضاف {s} أن المشاركة هذا العام واسعة.",
		"وأشرف {g} {s} على تنظيم الزيارة بحسب بيان المراسم.",
		"ومن المقرر أن يترأس السفير {g} {s} وفد بلاده إلى اجتماعات اللجنة الفنية، وقال {s} إن التحضيرات اكتملت.",
	}
	namesakeFamily = []string{
		"وحضر اللقاء نجله {g} {s}.",
		"وكان شقيقه {g} {s} قد شغل المنصب نفسه قبل سنوات.",
	}
)

// namesakeGiven are given names of the lexicon a second person may carry
// (Arabic and foreign, as the newsroom writes them).
var namesakeGiven = []string{
	"خالد", "محمد", "أحمد", "سامي", "كريم", "عمر", "يوسف", "ماريا", "آنا", "بيتر",
	"ميخائيل", "جون", "ديفيد", "لوكاس", "صوفيا", "إيلينا", "أندريه", "توماس", "ليلى", "نادية",
}

// namesake makes a NearNamesake slip: the edits, none when the release
// names nobody in full and again.
func (gen *Generator) namesake(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) []edit {
	sites := gen.inventSites(t, ms, old, oldVars)
	if len(sites) == 0 {
		return nil
	}
	occ := sites[rng.IntN(len(sites))]
	invented := rng.IntN(2) == 0
	family := rng.IntN(3) == 0
	lexicon := rng.IntN(2) == 0
	orig := func(sp [2]int) string { return string(t.Orig[sp[0]:sp[1]]) }
	givenA, surA := orig(occ[0].given), orig(occ[0].sur)
	var givenB, surB string
	ok := false
	for range 50 {
		if invented {
			givenA, surA = inventWord(2, rng), inventWord(2+rng.IntN(2), rng)
		}
		surB = surA
		if !family {
			var can bool
			if surB, can = RespellInvented(surA, rng); !can {
				continue
			}
		}
		givenB = inventWord(2, rng)
		if lexicon {
			givenB = namesakeGiven[rng.IntN(len(namesakeGiven))]
		}
		if nearNames(givenA, givenB) || nearNames(givenB, surB) || invented && nearNames(givenA, surA) {
			continue
		}
		if invented && !gen.unlisted(t, givenA, surA, surB) || !lexicon && !gen.unlisted(t, givenB) {
			continue
		}
		ok = true
		break
	}
	if !ok {
		return nil
	}
	var edits []edit
	if invented {
		for _, o := range occ {
			if o.given != [2]int{} {
				edits = append(edits, edit{start: o.given[0], end: o.given[1], orig: orig(o.given), repl: givenA})
			}
			edits = append(edits, edit{start: o.sur[0], end: o.sur[1], orig: orig(o.sur), repl: surA})
		}
	}
	pool := namesakeSentences
	if family {
		pool = append(append([]string(nil), pool...), namesakeFamily...)
	}
	line := strings.NewReplacer("{g}", givenB, "{s}", surB).Replace(pool[rng.IntN(len(pool))])
	end := len(t.Orig)
	if end > 0 && t.Orig[end-1] != '\n' {
		line = "\n" + line
	}
	edits = append(edits, edit{start: end, end: end, repl: line + "\n"})
	return edits
}
