package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout13Dir is the thirteenth held-out set: texts written for
// measurement only, like testdata/heldout … heldout12, by someone who did
// not write the rules and had not read the other sets' texts.
const heldout13Dir = "testdata/heldout13"

// TestHeldOut13Labels checks the labels of testdata/heldout13 against the
// texts with the checks of TestHeldOut2Labels: every text is labelled and
// every label names a text; a text is 150 to 400 words; participants are
// two distinct country ids of the gazetteer (none for the multilateral
// communique); each conflict's context occurs exactly once, its span is a
// whole surface form of the state the label says, a state that is not a
// participant, and a fix names a participant in the same form (name or
// nisba); each variant's mentions are located once each and written in at
// least two ways; no two gold spans overlap; 16 texts carry slips and 14
// are clean.
func TestHeldOut13Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout13Dir, 30, 16, 14)
}

// TestHeldOut13LabelsCatchPlanted shows that TestHeldOut13Labels can fail:
// a copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut13LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout13Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h13-06.txt", 0, func(c *slips.Conflict) { c.Entity = "AL" })},
		{"entity is not the state written", "does not name", plantConflict("h13-02.txt", 1, func(c *slips.Conflict) { c.Entity = "RO" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h13-09.txt", 0, func(c *slips.Conflict) { c.Fix = "جورجيا" })},
		{"fix names a non-participant", "not a participant", plantConflict("h13-12.txt", 2, func(c *slips.Conflict) { c.Fix = "نيبال" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h13-15.txt", 1, func(c *slips.Conflict) { c.Fix = []any{"مصر", "ليبيا"} })},
		{"context not in the text", "not found", plantConflict("h13-08.txt", 0, func(c *slips.Conflict) { c.At = "وزيرة خارجية [ماليزيا] السيدة" })},
		{"context not unique", "is not unique", plantConflict("h13-04.txt", 2, func(c *slips.Conflict) { c.At = "[الجبل الأسود]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h13-16.txt", 1, func(c *slips.Conflict) { c.At = "خبرة [أيرلند]ا في" })},
		{"span takes in a clitic", "is not a surface form", plantConflict("h13-04.txt", 1, func(c *slips.Conflict) { c.At = "العربية السعودية [والجبل الأسود]،" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h13-21.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h13-24.txt"]
			x.Participants = x.Participants[:1]
			l["h13-24.txt"] = x
		}},
		{"the same participant twice", "participants", func(l map[string]slips.Labels) { l["h13-29.txt"].Participants[1] = "DE" }},
		{"a text marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h13-18.txt"]
			x.Multilateral = true
			l["h13-18.txt"] = x
		}},
		{"a conflict in the multilateral communique", "a conflict in a multilateral readout", func(l map[string]slips.Labels) {
			x := l["h13-27.txt"]
			x.Conflicts = []slips.Conflict{{At: "وجمهورية [غرينادا]،", Entity: "GD", Fix: "قطر"}}
			l["h13-27.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h13-15.txt"].Variants[0].Mentions
			l["h13-15.txt"].Variants[0].Mentions = []string{m[0], m[2]} // both are تشاوشيسكو
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h13-03.txt"].Variants[0].Mentions[1] = "الخارجية [اليمني بدر البوسعيدي] يمثل"
		}},
		{"a clean text with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h13-25.txt"]
			x.Conflicts = []slips.Conflict{{At: "مع [إسبانيا] وأيرلندا", Entity: "ES", Fix: "النرويج"}}
			l["h13-25.txt"] = x
		}},
		{"a text unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h13-30.txt") }},
	})
}

// The floors of TestHeldOut13Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main cc8ad5d; the session-start build 782909c gave
// the same reports), so that a collapse fails here and noise does not. They
// are not targets: the set must not be read case by case to raise them.
const (
	heldout13ConflictPrecision = 0.57 // measured 0.72 (13 of 18 findings)
	heldout13ConflictRecall    = 0.22 // measured 0.37 (13 of 35 slips)
	heldout13VariantPrecision  = 0.85 // measured 1.00 (10 of 10 findings)
	heldout13VariantRecall     = 0.47 // measured 0.62 (10 of 16 variants)
	heldout13Participants      = 0.61 // measured 22 of 29 texts (0.76; the communique is multilateral)
	heldout13CleanFindings     = 4    // measured 1 false finding on the 14 clean texts
)

// TestHeldOut13Set scores the checker on testdata/heldout13 as
// TestHeldOut12Set does on testdata/heldout12: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout13` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the title line, the lede, inside quotations) logged.
func TestHeldOut13Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout13Dir)
	scoreHeldOut(t, "held-out 13", heldout13Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout13ConflictPrecision,
		conflictRecall:    heldout13ConflictRecall,
		variantPrecision:  heldout13VariantPrecision,
		variantRecall:     heldout13VariantRecall,
		participants:      heldout13Participants,
		cleanFindings:     heldout13CleanFindings,
		byKind:            true,
	})
}
