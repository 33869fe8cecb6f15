package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestAdjectiveIsNoName: a word with the article right after a definite
// noun of the language qualifies it (التعاون الثنائي: bilateral) and is no
// name, however near a known official's surname it is spelt; the official's
// surname written another way after a title (الوزير الذياني) is still that
// official written two ways.
func TestAdjectiveIsNoName(t *testing.T) {
	const lede = "المنامة 12 مايو 2026 (بنا) - استقبل وزير الخارجية الدكتور عبداللطيف بن راشد الزياني اليوم في المنامة وزير خارجية سنغافورة فيفيان بالاكريشنان.\n\n"
	t.Run("bilateral after cooperation, twice, beside the surname alone", func(t *testing.T) {
		text := lede + "وبحث الجانبان سبل تطوير التعاون الثنائي في مجالات التجارة والتعليم، وأكد الزياني أهمية البناء على ما تحقق. وتناول اللقاء العمل الثنائي المشترك.\n"
		assert.Empty(t, findingsOf(t, text, consistency.NameVariant))
	})
	t.Run("bilateral after cooperation, before a speech verb with another word", func(t *testing.T) {
		text := lede + "وبحث الجانبان سبل تطوير التعاون الثنائي في مجالات التجارة والتعليم، وأكد الزياتي أهمية البناء على ما تحقق.\n"
		assert.Empty(t, findingsOf(t, text, consistency.NameVariant))
	})
	t.Run("the surname respelt after a title is the official", func(t *testing.T) {
		text := lede + "وبحث الجانبان سبل تطوير التعاون في مجالات التجارة والتعليم، وأكد الوزير الذياني أهمية البناء على ما تحقق.\n"
		fs := findingsOf(t, text, consistency.NameVariant)
		require.Len(t, fs, 1)
		assert.Contains(t, mentionTexts(fs[0]), "الذياني")
	})
}

// TestOfficialSurnameNisba: a nisba that is the surname of a person the text
// names in full (محمد شياع السوداني), right after a speech verb with no noun
// for it to qualify, is that person, not the nisba's state; the nisba after
// a noun (الجانب السوداني) is the state, and a slip when the state takes
// no part.
func TestOfficialSurnameNisba(t *testing.T) {
	const script = "نشرة الظهيرة\n\n[المذيعة]\nنستهل النشرة من لبنان، حيث تتواصل أعمال إزالة الركام في الضاحية الجنوبية.\n\n" +
		"[المذيعة]\nوفي بغداد، التقى رئيس مجلس الوزراء محمد شياع السوداني وزير الخارجية الإيراني عباس عراقجي. والتفاصيل مع مراسلنا.\n\n" +
		"[المراسل]\nناقش الجانبان أمن الحدود وملف الكهرباء وخط السكك بين البصرة والشلامجة. "
	t.Run("the surname after a speech verb", func(t *testing.T) {
		text := script + "وأكد السوداني حرص العراق على التوازن في علاقاته، فيما أشاد عراقجي بمساعي بغداد بين طهران والرياض.\n"
		assert.Empty(t, findingsOf(t, text, consistency.CountryConflict))
	})
	t.Run("the nisba after a noun", func(t *testing.T) {
		text := script + "وأكد الجانب السوداني حرص العراق على التوازن في علاقاته، فيما أشاد عراقجي بمساعي بغداد بين طهران والرياض.\n"
		fs := findingsOf(t, text, consistency.CountryConflict)
		require.Len(t, fs, 1)
		assert.Equal(t, "السوداني", fs[0].Text)
	})
}
