package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

const ledeIQ = "بغداد 4 مارس 2026 (واع) "

// TestDualTitleSlot: a surname right after a title in the dual (الوزيرين،
// الرئيسان) stands where a name does, and so is read written another way;
// a person presented by a counterpart's nisba and a given name is trusted
// as a titled one. Names written one way there, and common words after a
// dual title, are left alone.
func TestDualTitleSlot(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"the article dropped after a dual title",
			ledeIQ + "زار وزير الدفاع البريطاني بغداد أمس، وأجرى مباحثات مع نظيره العراقي سالم الكبيسي تناولت التدريب.\n" +
				"وذكر بيان أن الوزيرين كبيسي وضيفه بحثا تعزيز التعاون.\n",
			"كبيسي", "الكبيسي"},
		{"a nisba's ي dropped after a dual title, the person presented by a counterpart's nisba",
			ledeIQ + "بحث وزير الخارجية العراقي فؤاد حسين مع نظيره الأردني خالد الجبوري التعاون الثنائي.\n" +
				"وقال الجبوري إن العلاقات متينة، وأشاد الوزيران الجبور وحسين بالتنسيق القائم.\n",
			"الجبور", "الجبوري"},
		{"a long vowel dropped after a dual title",
			ledeIQ + "بحث وزير الخارجية العراقي فؤاد حسين مع نظيره الأردني خالد الجبوري التعاون الثنائي.\n" +
				"وأشاد الوزيران الجبري وحسين بالتنسيق القائم.\n",
			"الجبري", "الجبوري"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"a surname written one way after a dual title",
			ledeIQ + "بحث وزير الخارجية العراقي فؤاد حسين مع نظيره الأردني خالد الجبوري التعاون الثنائي.\n" +
				"وأشاد الوزيران الجبوري وحسين بالتنسيق القائم.\n"},
		{"nisbas after a dual title",
			ledeIQ + "بحث وزير الخارجية العراقي فؤاد حسين مع نظيره الأردني خالد الجبوري التعاون الثنائي.\n" +
				"وأشاد الوزيران الأردني والعراقي بالتنسيق القائم.\n"},
		{"a common word after a counterpart's nisba is no name (no given name before it)",
			ledeIQ + "استقبل وزير الخارجية العراقي فؤاد حسين نظيره الأردني أمس، وجرى تسليم رسالة خطية.\n" +
				"وأشاد الوزيران تسلم الرسالة بالتنسيق القائم.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestVariantNamesKnownBySurname: a name-variant names the gazetteer's
// person a cluster is linked to by its surname only when the text's full
// names can be that person's; another Arab's full name with a surname of
// the same key is named as the text writes it.
func TestVariantNamesKnownBySurname(t *testing.T) {
	t.Run("another given name: the text's own spelling is the fix", func(t *testing.T) {
		fs := findingsOf(t, ledeIQ+"زار وزير الدفاع البريطاني بغداد أمس، وأجرى مباحثات مع نظيره العراقي خالد العبيدي تناولت التدريب.\n"+
			"وذكر بيان أن الوزيرين عبيدي وضيفه بحثا تعزيز التعاون.\n", consistency.NameVariant)
		require.Len(t, fs, 1)
		assert.Empty(t, fs[0].Entity)
		assert.Equal(t, "خالد العبيدي", fs[0].Canonical)
		require.NotNil(t, fs[0].Suggestion)
		assert.Equal(t, "العبيدي", *fs[0].Suggestion)
	})
	t.Run("a surname alone in the official's state: the official", func(t *testing.T) {
		fs := findingsOf(t, ledeIQ+"استقبل رئيس الوزراء العراقي اليوم وفدا أوروبيا.\n"+
			"وقال العبادي إن العراق يرحب بالدعم، وأكد عبادي أن الحكومة ماضية في الإصلاح.\n", consistency.NameVariant)
		require.Len(t, fs, 1)
		assert.Equal(t, "iq-abadi", fs[0].Entity)
	})
}
