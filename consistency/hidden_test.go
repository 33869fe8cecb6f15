package consistency_test

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/report"
)

var (
	defaultCheckerOnce sync.Once
	defaultChecker     *consistency.Checker
	defaultCheckerErr  error
)

// checker returns the checker with the embedded gazetteer and rules, shared
// by the tests (it is safe for concurrent use).
func checker(t testing.TB) *consistency.Checker {
	t.Helper()
	defaultCheckerOnce.Do(func() { defaultChecker, defaultCheckerErr = nazir.NewChecker() })
	require.NoError(t, defaultCheckerErr)
	return defaultChecker
}

// example is the repository's example release (a China–Azerbaijan readout
// with Albania, the Afghan side and the Arab states standing for Azerbaijan).
func example(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	return string(b)
}

// conflictAt returns the country-conflict finding whose span covers the
// byte at, or nil.
func findingAt(rep *consistency.Report, kind consistency.FindingKind, at int) *consistency.Finding {
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Kind == kind && f.Start <= at && at < f.End {
			return f
		}
	}
	return nil
}

// TestEvasionThroughChecker: a conflicting country name disguised by
// invisible or cosmetic characters is still a country conflict, and any
// bidi or zero-width control in it is reported as a hidden-control finding
// whose span is exactly the control(s).
func TestEvasionThroughChecker(t *testing.T) {
	c := checker(t)
	base := example(t)
	const target = "ألبانيا تلتزم"
	require.Contains(t, base, target)
	tests := []struct {
		name     string
		disguise string   // replaces ألبانيا
		controls []string // the hidden-control runs expected, in order
	}{
		{"plain", "ألبانيا", nil},
		{"tatweel", "ألبـــانيا", nil},
		{"harakat", "أَلْبَانِيَا", nil},
		{"Persian yeh", "ألبانیا", nil},
		{"ZWNJ", "ألبا\u200cنيا", []string{"\u200c"}},
		{"ZWJ", "ألب\u200dانيا", []string{"\u200d"}},
		{"ZWSP and RLM", "أل\u200b\u200fبانيا", []string{"\u200b\u200f"}},
		{"ALM", "ألبان\u061cيا", []string{"\u061c"}},
		{"BOM", "ألبا\ufeffنيا", []string{"\ufeff"}},
		{"RLO … PDF", "\u202eألبانيا\u202c", []string{"\u202e", "\u202c"}},
		{"LRI … PDI", "\u2066ألبانيا\u2069", []string{"\u2066", "\u2069"}},
		{"LRE inside", "ألب\u202aانيا", []string{"\u202a"}},
		// Every other kind of default-ignorable code point.
		{"soft hyphen", "ألبا\u00adنيا", []string{"\u00ad"}},
		{"CGJ", "ألبا\u034fنيا", []string{"\u034f"}},
		{"Hangul choseong filler", "ألبا\u115fنيا", []string{"\u115f"}},
		{"Khmer inherent vowel", "ألبا\u17b4نيا", []string{"\u17b4"}},
		{"Mongolian selectors", "ألبا\u180b\u180eنيا", []string{"\u180b\u180e"}},
		{"word joiner, invisible times, U+2065, U+206F", "أل\u2060\u2062بان\u2065\u206fيا", []string{"\u2060\u2062", "\u2065\u206f"}},
		{"Hangul fillers", "ألب\u3164انيا\uffa0", []string{"\u3164", "\uffa0"}},
		{"variation selector", "ألبا\ufe0fنيا", []string{"\ufe0f"}},
		{"musical symbol formats", "ألبا\U0001d173\U0001d17aنيا", []string{"\U0001d173\U0001d17a"}},
		{"tag characters", "ألبا\U000e0001\U000e0041\U000e007fنيا", []string{"\U000e0001\U000e0041\U000e007f"}},
		{"variation selector supplement, unassigned E0FFF", "ألب\U000e0100انيا\U000e0fff", []string{"\U000e0100", "\U000e0fff"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(base, target, tc.disguise+" تلتزم", 1)
			at := strings.Index(base, target) + len("\u202e") // inside the name in every case
			rep, err := c.Check([]byte(src))
			require.NoError(t, err)
			f := findingAt(rep, consistency.CountryConflict, at)
			require.NotNil(t, f, "no country-conflict at the disguised name")
			assert.Equal(t, "AL", f.Entity)

			var got []string
			for _, h := range rep.Findings {
				if h.Kind != consistency.HiddenControl {
					continue
				}
				got = append(got, src[h.Start:h.End])
				assert.Equal(t, src[h.Start:h.End], h.Text)
				assert.Equal(t, consistency.SeverityWarning, h.Severity)
				assert.Positive(t, h.Confidence)
				assert.Contains(t, h.Message, "U+")
				require.Len(t, h.Evidence, 1)
				ev := h.Evidence[0]
				assert.Equal(t, src[ev.Start:ev.End], ev.Text)
				assert.Contains(t, stripControls(ev.Text), "لبانيا", "evidence is the disguised mention")
				assert.True(t, utf8.ValidString(h.Text))
				line := strings.Count(src[:h.Start], "\n") + 1
				assert.Equal(t, line, h.Line)
			}
			assert.Equal(t, tc.controls, got)
		})
	}
}

func stripControls(s string) string {
	return strings.Map(func(r rune) rune {
		if arabic.IsDefaultIgnorable(r) {
			return -1
		}
		return r
	}, s)
}

// TestHiddenControlInNeutralMention: a control inside a mention that is not
// flagged (the participant itself) is reported too, and its suggestion
// deletes it.
func TestHiddenControlInNeutralMention(t *testing.T) {
	c := checker(t)
	base := example(t)
	src := strings.Replace(base, "نظيره الأذربيجاني", "نظيره الأذربي\u200dجاني", 1)
	rep, err := c.Check([]byte(src))
	require.NoError(t, err)
	var hc []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind == consistency.HiddenControl {
			hc = append(hc, f)
		}
	}
	require.Len(t, hc, 1)
	f := hc[0]
	assert.Equal(t, "\u200d", f.Text)
	assert.Equal(t, strings.Index(src, "\u200d"), f.Start)
	require.NotNil(t, f.Suggestion)
	assert.Empty(t, *f.Suggestion)
	// The participant is still found through the joiner.
	assert.Contains(t, participantIDs(rep), "AZ")

	// nazir fix removes the joiner (and applies the other fixes).
	edits := report.Edits(rep, []byte(src), report.FixFilter{})
	fixed, err := report.Apply([]byte(src), edits)
	require.NoError(t, err)
	assert.NotContains(t, string(fixed), "\u200d")
}

// TestHiddenControlOutsideMentions: controls in ordinary words are not
// findings (Arabic text uses ZWNJ legitimately), and a plain release has
// none.
func TestHiddenControlOutsideMentions(t *testing.T) {
	c := checker(t)
	base := example(t)
	src := strings.Replace(base, "المكتب السياسي", "المكتب\u200c السياسي", 1)
	for name, text := range map[string]string{"plain": base, "ZWNJ in an ordinary word": src} {
		t.Run(name, func(t *testing.T) {
			rep, err := c.Check([]byte(text))
			require.NoError(t, err)
			for _, f := range rep.Findings {
				assert.NotEqual(t, consistency.HiddenControl, f.Kind, "%+v", f)
			}
		})
	}
}

// FuzzHiddenControls: every hidden-control finding is a run of controls
// inside the input, and there is none when the input has no control.
func FuzzHiddenControls(f *testing.F) {
	f.Add([]byte("أذربيجان"))
	f.Add([]byte("\u202eأذربيجان\u202c"))
	f.Add([]byte("الصين وأذر\u200cبيجان\ufeff"))
	c := checker(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		rep, err := c.Check(src)
		if err != nil {
			return
		}
		want := strings.ContainsFunc(string(src), func(r rune) bool { return stripControls(string(r)) == "" })
		for _, h := range rep.Findings {
			if h.Kind != consistency.HiddenControl {
				continue
			}
			require.True(t, want, "finding without a control in the text")
			require.True(t, 0 <= h.Start && h.Start < h.End && h.End <= len(src))
			require.Empty(t, stripControls(string(src[h.Start:h.End])), "span is controls only")
		}
	})
}
