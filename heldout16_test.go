package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout16Dir is the sixteenth held-out set: texts written for
// measurement only, like testdata/heldout … heldout15, by someone who did
// not write the rules and had not read the other sets' texts.
const heldout16Dir = "testdata/heldout16"

// TestHeldOut16Labels checks the labels of testdata/heldout16 against the
// texts with the checks of TestHeldOut2Labels: every text is labelled and
// every label names a text; a text is 150 to 400 words; participants are
// two distinct country ids of the gazetteer (none for the multilateral
// communique); each conflict's context occurs exactly once, its span is a
// whole surface form of the state the label says, a state that is not a
// participant, and a fix names a participant in the same form (name or
// nisba); each variant's mentions are located once each and written in at
// least two ways; no two gold spans overlap; 16 texts carry slips and 14
// are clean.
func TestHeldOut16Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout16Dir, 30, 16, 14)
}

// TestHeldOut16LabelsCatchPlanted shows that TestHeldOut16Labels can fail:
// a copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut16LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout16Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h16-01.txt", 0, func(c *slips.Conflict) { c.Entity = "GH" })},
		{"entity is not the state written", "does not name", plantConflict("h16-06.txt", 1, func(c *slips.Conflict) { c.Entity = "UA" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h16-04.txt", 1, func(c *slips.Conflict) { c.Fix = "سلوفينيا" })},
		{"fix names a non-participant", "not a participant", plantConflict("h16-02.txt", 0, func(c *slips.Conflict) { c.Fix = "الإماراتي" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h16-12.txt", 1, func(c *slips.Conflict) { c.Fix = []any{"السعودية", "الإمارات"} })},
		{"context not in the text", "not found", plantConflict("h16-07.txt", 0, func(c *slips.Conflict) { c.At = "أجرى وزير الخارجية [التشيلي] ألبرتو" })},
		{"context not unique", "is not unique", plantConflict("h16-08.txt", 2, func(c *slips.Conflict) { c.At = "[سورينام]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h16-13.txt", 1, func(c *slips.Conflict) { c.At = "المالي والتنمية، ويدعم [السود]ان في" })},
		{"span takes in a clitic", "is not a surface form", plantConflict("h16-14.txt", 1, func(c *slips.Conflict) { c.At = "العلاقات بين الأردن [وألبانيا] تقوم" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h16-20.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h16-23.txt"]
			x.Participants = x.Participants[:1]
			l["h16-23.txt"] = x
		}},
		{"the same participant twice", "participants", func(l map[string]slips.Labels) { l["h16-27.txt"].Participants[1] = "SN" }},
		{"a text marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h16-18.txt"]
			x.Multilateral = true
			l["h16-18.txt"] = x
		}},
		{"a conflict in the multilateral communique", "a conflict in a multilateral readout", func(l map[string]slips.Labels) {
			x := l["h16-26.txt"]
			x.Conflicts = []slips.Conflict{{At: "سكة حديد [أوزبكستان] - أفغانستان", Entity: "UZ", Fix: "كازاخستان"}}
			l["h16-26.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h16-13.txt"].Variants[0].Mentions
			l["h16-13.txt"].Variants[0].Mentions = []string{m[0], m[1]} // both are سانتوخي
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h16-16.txt"].Variants[0].Mentions[0] = "رئيسة وزراء [فيجي فيامي نعومي ماتافا]،"
		}},
		{"a clean text with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h16-25.txt"]
			x.Conflicts = []slips.Conflict{{At: "بين [فنزويلا] وغيانا", Entity: "VE", Fix: "ترينيداد وتوباغو"}}
			l["h16-25.txt"] = x
		}},
		{"a text unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h16-29.txt") }},
	})
}

// The floors of TestHeldOut16Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main fb6449a; the session-start build 657693b
// found 16 of 35 slips and 20 of 29 texts' participants, the rest the
// same), so that a collapse fails here and noise does not. They are not
// targets: the set must not be read case by case to raise them.
const (
	heldout16ConflictPrecision = 0.75 // measured 0.90 (18 of 20 findings)
	heldout16ConflictRecall    = 0.36 // measured 0.51 (18 of 35 slips)
	heldout16VariantPrecision  = 0.85 // measured 1.00 (14 of 14 findings)
	heldout16VariantRecall     = 0.72 // measured 0.88 (14 of 16 variants)
	heldout16Participants      = 0.57 // measured 21 of 29 texts (0.72; the communique is multilateral)
	heldout16CleanFindings     = 5    // measured 2 false findings on the 14 clean texts
)

// TestHeldOut16Set scores the checker on testdata/heldout16 as
// TestHeldOut15Set does on testdata/heldout15: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout16` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the title line, the lede, inside quotations) logged.
func TestHeldOut16Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout16Dir)
	scoreHeldOut(t, "held-out 16", heldout16Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout16ConflictPrecision,
		conflictRecall:    heldout16ConflictRecall,
		variantPrecision:  heldout16VariantPrecision,
		variantRecall:     heldout16VariantRecall,
		participants:      heldout16Participants,
		cleanFindings:     heldout16CleanFindings,
		byKind:            true,
	})
}
