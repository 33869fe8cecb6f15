package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout15Dir is the fifteenth held-out set: texts written for
// measurement only, like testdata/heldout … heldout14, by someone who did
// not write the rules and had not read the other sets' texts.
const heldout15Dir = "testdata/heldout15"

// TestHeldOut15Labels checks the labels of testdata/heldout15 against the
// texts with the checks of TestHeldOut2Labels: every text is labelled and
// every label names a text; a text is 150 to 400 words; participants are
// two distinct country ids of the gazetteer (none for the multilateral
// communique); each conflict's context occurs exactly once, its span is a
// whole surface form of the state the label says, a state that is not a
// participant, and a fix names a participant in the same form (name or
// nisba); each variant's mentions are located once each and written in at
// least two ways; no two gold spans overlap; 16 texts carry slips and 14
// are clean.
func TestHeldOut15Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout15Dir, 30, 16, 14)
}

// TestHeldOut15LabelsCatchPlanted shows that TestHeldOut15Labels can fail:
// a copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut15LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout15Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h15-02.txt", 0, func(c *slips.Conflict) { c.Entity = "GM" })},
		{"entity is not the state written", "does not name", plantConflict("h15-04.txt", 1, func(c *slips.Conflict) { c.Entity = "TM" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h15-03.txt", 1, func(c *slips.Conflict) { c.Fix = "أستراليا" })},
		{"fix names a non-participant", "not a participant", plantConflict("h15-05.txt", 0, func(c *slips.Conflict) { c.Fix = "البحرين" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h15-14.txt", 1, func(c *slips.Conflict) { c.Fix = []any{"مصر", "ليبيا"} })},
		{"context not in the text", "not found", plantConflict("h15-11.txt", 0, func(c *slips.Conflict) { c.At = "وزير خارجية [البرازيل] ماورو" })},
		{"context not unique", "is not unique", plantConflict("h15-06.txt", 1, func(c *slips.Conflict) { c.At = "[موزمبيق]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h15-01.txt", 1, func(c *slips.Conflict) { c.At = "للعمل مع [موريتان]يا من أجل" })},
		{"span takes in a clitic", "is not a surface form", plantConflict("h15-09.txt", 1, func(c *slips.Conflict) { c.At = "بين الأردن [وإستونيا] تشهد" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h15-21.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h15-24.txt"]
			x.Participants = x.Participants[:1]
			l["h15-24.txt"] = x
		}},
		{"the same participant twice", "participants", func(l map[string]slips.Labels) { l["h15-19.txt"].Participants[1] = "CV" }},
		{"a text marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h15-17.txt"]
			x.Multilateral = true
			l["h15-17.txt"] = x
		}},
		{"a conflict in the multilateral communique", "a conflict in a multilateral readout", func(l map[string]slips.Labels) {
			x := l["h15-26.txt"]
			x.Conflicts = []slips.Conflict{{At: "ل[بنغلاديش] التي", Entity: "BD", Fix: "سريلانكا"}}
			l["h15-26.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h15-04.txt"].Variants[0].Mentions
			l["h15-04.txt"].Variants[0].Mentions = []string{m[0], m[1]} // both are بيراموف
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h15-14.txt"].Variants[0].Mentions[3] = "كيرياكوس [ميتسوتاكيس إلى تونس] في"
		}},
		{"a clean text with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h15-25.txt"]
			x.Conflicts = []slips.Conflict{{At: "مع [كينيا] وموزمبيق", Entity: "KE", Fix: "تنزانيا"}}
			l["h15-25.txt"] = x
		}},
		{"a text unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h15-30.txt") }},
	})
}

// The floors of TestHeldOut15Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main 0732902; the session-start build ebb61a1
// gave the same figures), so that a collapse fails here and noise does
// not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout15ConflictPrecision = 0.80 // measured 0.95 (18 of 19 findings)
	heldout15ConflictRecall    = 0.36 // measured 0.51 (18 of 35 slips)
	heldout15VariantPrecision  = 0.85 // measured 1.00 (11 of 11 findings)
	heldout15VariantRecall     = 0.54 // measured 0.69 (11 of 16 variants)
	heldout15Participants      = 0.71 // measured 25 of 29 texts (0.86; the communique is multilateral)
	heldout15CleanFindings     = 3    // measured no false finding on the 14 clean texts
)

// TestHeldOut15Set scores the checker on testdata/heldout15 as
// TestHeldOut14Set does on testdata/heldout14: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout15` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the title line, the lede, inside quotations) logged.
func TestHeldOut15Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout15Dir)
	scoreHeldOut(t, "held-out 15", heldout15Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout15ConflictPrecision,
		conflictRecall:    heldout15ConflictRecall,
		variantPrecision:  heldout15VariantPrecision,
		variantRecall:     heldout15VariantRecall,
		participants:      heldout15Participants,
		cleanFindings:     heldout15CleanFindings,
		byKind:            true,
	})
}
