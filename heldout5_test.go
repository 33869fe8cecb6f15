package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout5Dir is the fifth held-out set: readouts written for measurement
// only, like testdata/heldout … heldout4, by someone who did not write the
// rules and had not read the other sets.
const heldout5Dir = "testdata/heldout5"

// TestHeldOut5Labels checks the labels of testdata/heldout5 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut5Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout5Dir, 30, 16, 14)
}

// TestHeldOut5LabelsCatchPlanted shows that TestHeldOut5Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut5LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout5Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h5-01.txt", 0, func(c *slips.Conflict) { c.Entity = "KW" })},
		{"entity is not the state written", "does not name", plantConflict("h5-01.txt", 0, func(c *slips.Conflict) { c.Entity = "KE" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h5-01.txt", 1, func(c *slips.Conflict) { c.Fix = "الكويت" })},
		{"fix names a non-participant", "not a participant", plantConflict("h5-01.txt", 1, func(c *slips.Conflict) { c.Fix = "البحريني" })},
		{"context not in the text", "not found", plantConflict("h5-01.txt", 1, func(c *slips.Conflict) { c.At = "مع الطرف [القمري] وتقديم" })},
		{"context not unique", "is not unique", plantConflict("h5-01.txt", 0, func(c *slips.Conflict) { c.At = "[جزر القمر]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h5-01.txt", 1, func(c *slips.Conflict) { c.At = "مع الجانب [القم]ري وتقديم" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h5-18.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h5-18.txt"]
			x.Participants = x.Participants[:1]
			l["h5-18.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			l["h5-01.txt"].Variants[0].Mentions[0] = "قدمته [الكويت] حكومة"
			l["h5-01.txt"].Variants[0].Mentions[1] = "وأن [الكويت] كانت"
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h5-04.txt"].Variants[0].Mentions[0] = "خارجية [صربيا عيساتا] تال"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h5-18.txt"]
			x.Conflicts = []slips.Conflict{{At: "عبر [النمسا] والمجر", Entity: "AT", Fix: "سلوفاكيا"}}
			l["h5-18.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h5-30.txt") }},
	})
}

// The floors of TestHeldOut5Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout5ConflictPrecision = 0.79 // measured 0.94 (16 of 17 findings)
	heldout5ConflictRecall    = 0.26 // measured 0.41 (16 of 39 slips)
	heldout5VariantPrecision  = 0.85 // measured 1.00 (8 of 8 findings)
	heldout5VariantRecall     = 0.27 // measured 0.42 (8 of 19 variants)
	heldout5Participants      = 0.67 // measured 23 of 28 releases (0.82)
	heldout5CleanFindings     = 5    // measured 1 false finding on the 14 clean readouts
)

// TestHeldOut5Set scores the checker on testdata/heldout5 as
// TestHeldOut4Set does on testdata/heldout4: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout5` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut5Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout5Dir)
	scoreHeldOut(t, "held-out 5", heldout5Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout5ConflictPrecision,
		conflictRecall:    heldout5ConflictRecall,
		variantPrecision:  heldout5VariantPrecision,
		variantRecall:     heldout5VariantRecall,
		participants:      heldout5Participants,
		cleanFindings:     heldout5CleanFindings,
		byKind:            true,
	})
}
