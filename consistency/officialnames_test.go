package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// The releases below are written for these tests: a summit of heads of
// state in Manama, and a Jordanian-Ukrainian meeting in Kyiv (the
// Ukrainian prime minister is one of the officials generated from the
// Wikidata tables).
const (
	ledeSummit = "المنامة 10 أبريل 2026 (بنا) افتتحت في المنامة اليوم القمة العربية بمشاركة "
	ledeKyiv   = "كييف 4 مارس 2023 (يوكرينفورم) استقبل رئيس الوزراء الأوكراني دينيس شميهال اليوم في كييف وزير الخارجية الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية.\n"
)

// TestOfficialsByTitleAndName: in a list of titled heads of state each
// title goes with its own name, whether the title is single or dual (the
// two kings, the two presidents) or names the state (ملك البحرين); only a
// title whose state is not its holder's is a conflict.
func TestOfficialsByTitleAndName(t *testing.T) {
	catches := []struct{ name, text, span, fix string }{
		{"the second of two presidents under a dual title given another state",
			ledeSummit + "العاهلين الأردني الملك عبدالله الثاني والبحريني الملك حمد بن عيسى آل خليفة، والرئيسين المصري عبد الفتاح السيسي والسوري محمود عباس.\n",
			"السوري", "الفلسطيني"},
		{"a king under a title that names another kingdom",
			ledeSummit + "الرئيس المصري عبد الفتاح السيسي، وملك المغرب الملك حمد بن عيسى آل خليفة، والرئيس الفلسطيني محمود عباس.\n",
			"المغرب", "البحرين"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.CountryConflict, tc.span, tc.fix)
		})
	}
	clean := []struct{ name, text string }{
		{"two kings and two presidents under dual titles, each his own state's",
			ledeSummit + "العاهلين الأردني الملك عبدالله الثاني والبحريني الملك حمد بن عيسى آل خليفة، والرئيسين المصري عبد الفتاح السيسي والفلسطيني محمود عباس.\n"},
		{"the host king named as the king of his own country, then by his title alone",
			ledeSummit + "الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس، وألقى ملك البحرين الملك حمد بن عيسى آل خليفة كلمة الافتتاح، وشكر العاهل البحريني الوفود.\n"},
		{"a list of titles and names separated by commas, a king of a kingdom among them",
			ledeSummit + "أمير قطر الشيخ تميم بن حمد آل ثاني، والعاهل الأردني الملك عبدالله الثاني، ورئيس الوزراء العراقي محمد شياع السوداني.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.CountryConflict))
		})
	}
}

// TestGivenNameOfAnother: a given name before a known official's surname
// is reported only where it is another person's given name put in the
// official's place: not a month or a title word before the surname, and
// not a namesake the text sets apart (another state's nisba, a role noun
// before an Arab family name).
func TestGivenNameOfAnother(t *testing.T) {
	catches := []struct{ name, text, span, fix string }{
		{"a generated official with a Russian leader's given name",
			ledeKyiv + "وأشار فلاديمير شميهال إلى أهمية التعاون في مجال الحبوب.\n", "فلاديمير", "دينيس"},
		{"an Arab official under his own title with another Arabic given name",
			ledeKyiv + "وقال وزير الخارجية الأردني محمد الصفدي إن بلاده تدعم الحوار.\n", "محمد", "أيمن"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.WrongGivenName, tc.span, tc.fix)
		})
	}
	clean := []struct{ name, text string }{
		{"a month before the surname", ledeKyiv + "وكان الصفدي قد التقى في مارس شميهال على هامش منتدى دولي.\n"},
		{"a title word with a preposition before the surname", ledeKyiv + "ونقل الصفدي تحيات العاهل الأردني للرئيس زيلينسكي ولرئيس الوزراء شميهال.\n"},
		{"a namesake of another state", ledeKyiv + "وحضر اللقاء رجل الأعمال اللبناني محمد الصفدي.\n"},
		{"a namesake introduced by his role", ledeKyiv + "وقال الباحث في الشؤون الأوروبية النائب محمد الصفدي إن الزيارة مهمة.\n"},
		{"the official's own given name", ledeKyiv + "وقال أيمن الصفدي إن بلاده تدعم الحوار.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.WrongGivenName))
		})
	}
}
