package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout8Dir is the eighth held-out set: readouts written for measurement
// only, like testdata/heldout … heldout7, by someone who did not write the
// rules and had not read the other sets.
const heldout8Dir = "testdata/heldout8"

// TestHeldOut8Labels checks the labels of testdata/heldout8 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut8Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout8Dir, 30, 16, 14)
}

// TestHeldOut8LabelsCatchPlanted shows that TestHeldOut8Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut8LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout8Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h8-06.txt", 0, func(c *slips.Conflict) { c.Entity = "SI" })},
		{"entity is not the state written", "does not name", plantConflict("h8-06.txt", 1, func(c *slips.Conflict) { c.Entity = "LV" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h8-08.txt", 1, func(c *slips.Conflict) { c.Fix = "اليمن" })},
		{"fix names a non-participant", "not a participant", plantConflict("h8-13.txt", 1, func(c *slips.Conflict) { c.Fix = "إسبانيا" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h8-03.txt", 0, func(c *slips.Conflict) { c.Fix = []any{"جنوب أفريقيا", "ناميبيا"} })},
		{"context not in the text", "not found", plantConflict("h8-09.txt", 1, func(c *slips.Conflict) { c.At = "الشركات [الماليزية] تتجه" })},
		{"context not unique", "is not unique", plantConflict("h8-11.txt", 0, func(c *slips.Conflict) { c.At = "إلى [سوريا]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h8-14.txt", 0, func(c *slips.Conflict) { c.At = "نظيره [الكازاخستان]ي التعاون" })},
		{"span takes in a prefix", "is not a surface form", plantConflict("h8-05.txt", 0, func(c *slips.Conflict) { c.At = "الصين [وغينيا بيساو] تتفقان" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h8-29.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h8-30.txt"]
			x.Participants = x.Participants[:1]
			l["h8-30.txt"] = x
		}},
		{"a readout marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h8-17.txt"]
			x.Multilateral = true
			l["h8-17.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h8-12.txt"].Variants[0].Mentions
			l["h8-12.txt"].Variants[0].Mentions = []string{m[2], m[3], m[4]} // all three are بوريتة
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h8-02.txt"].Variants[0].Mentions[0] = "رئيس [بوركينا فاسو إيفاريست نداييشيميي]"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h8-30.txt"]
			x.Conflicts = []slips.Conflict{{At: "ولا سيما [تشاد]،", Entity: "TD", Fix: "تشيلي"}}
			l["h8-30.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h8-30.txt") }},
	})
}

// The floors of TestHeldOut8Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it, so that a collapse fails here and noise does not.
// They are not targets: the set must not be read case by case to raise
// them.
const (
	heldout8ConflictPrecision = 0.39 // measured 0.54 (7 of 13 findings)
	heldout8ConflictRecall    = 0.04 // measured 0.19 (7 of 36 slips)
	heldout8VariantPrecision  = 0.85 // measured 1.00 (9 of 9 findings)
	heldout8VariantRecall     = 0.28 // measured 0.43 (9 of 21 variants)
	heldout8Participants      = 0.48 // measured 19 of 30 releases (0.63)
	heldout8CleanFindings     = 6    // measured 2 false findings on the 14 clean readouts
)

// TestHeldOut8Set scores the checker on testdata/heldout8 as
// TestHeldOut7Set does on testdata/heldout7: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout8` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut8Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout8Dir)
	scoreHeldOut(t, "held-out 8", heldout8Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout8ConflictPrecision,
		conflictRecall:    heldout8ConflictRecall,
		variantPrecision:  heldout8VariantPrecision,
		variantRecall:     heldout8VariantRecall,
		participants:      heldout8Participants,
		cleanFindings:     heldout8CleanFindings,
		byKind:            true,
	})
}
