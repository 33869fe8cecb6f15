package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout6Dir is the sixth held-out set: readouts written for measurement
// only, like testdata/heldout … heldout5, by someone who did not write the
// rules and had not read the other sets.
const heldout6Dir = "testdata/heldout6"

// TestHeldOut6Labels checks the labels of testdata/heldout6 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut6Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout6Dir, 30, 16, 14)
}

// TestHeldOut6LabelsCatchPlanted shows that TestHeldOut6Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut6LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout6Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h6-01.txt", 0, func(c *slips.Conflict) { c.Entity = "MA" })},
		{"entity is not the state written", "does not name", plantConflict("h6-01.txt", 0, func(c *slips.Conflict) { c.Entity = "KE" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h6-01.txt", 1, func(c *slips.Conflict) { c.Fix = "المغربي" })},
		{"fix names a non-participant", "not a participant", plantConflict("h6-01.txt", 1, func(c *slips.Conflict) { c.Fix = "الجزائر" })},
		{"context not in the text", "not found", plantConflict("h6-01.txt", 1, func(c *slips.Conflict) { c.At = "لتمسك [مولدافيا] بسياسة" })},
		{"context not unique", "is not unique", plantConflict("h6-01.txt", 0, func(c *slips.Conflict) { c.At = "[المغربي]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h6-01.txt", 1, func(c *slips.Conflict) { c.At = "لتمسك [مولدو]فا بسياسة" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h6-18.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h6-18.txt"]
			x.Participants = x.Participants[:1]
			l["h6-18.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			l["h6-01.txt"].Variants[0].Mentions[0] = "وقال وانغ إن [الصين] والمغرب"
			l["h6-01.txt"].Variants[0].Mentions[1] = "بسياسة [الصين] الواحدة"
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h6-01.txt"].Variants[0].Mentions[0] = "نظيره [المولدوفي في بكين]"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h6-18.txt"]
			x.Conflicts = []slips.Conflict{{At: "كل من [موريتانيا] والنيجر", Entity: "MR", Fix: "مالي"}}
			l["h6-18.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h6-30.txt") }},
	})
}

// The floors of TestHeldOut6Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout6ConflictPrecision = 0.67 // measured 0.82 (9 of 11 findings)
	heldout6ConflictRecall    = 0.07 // measured 0.22 (9 of 41 slips)
	heldout6VariantPrecision  = 0.85 // measured 1.00 (14 of 14 findings)
	heldout6VariantRecall     = 0.49 // measured 0.64 (14 of 22 variants)
	heldout6Participants      = 0.43 // measured 17 of 29 releases (0.59)
	heldout6CleanFindings     = 4    // measured 0 false findings on the 14 clean readouts
)

// TestHeldOut6Set scores the checker on testdata/heldout6 as
// TestHeldOut5Set does on testdata/heldout5: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout6` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut6Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout6Dir)
	scoreHeldOut(t, "held-out 6", heldout6Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout6ConflictPrecision,
		conflictRecall:    heldout6ConflictRecall,
		variantPrecision:  heldout6VariantPrecision,
		variantRecall:     heldout6VariantRecall,
		participants:      heldout6Participants,
		cleanFindings:     heldout6CleanFindings,
		byKind:            true,
	})
}
