package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout10Dir is the tenth held-out set: readouts written for measurement
// only, like testdata/heldout … heldout9, by someone who did not write the
// rules and had not read the other sets.
const heldout10Dir = "testdata/heldout10"

// TestHeldOut10Labels checks the labels of testdata/heldout10 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut10Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout10Dir, 30, 16, 14)
}

// TestHeldOut10LabelsCatchPlanted shows that TestHeldOut10Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut10LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout10Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h10-06.txt", 2, func(c *slips.Conflict) { c.Entity = "KE" })},
		{"entity is not the state written", "does not name", plantConflict("h10-07.txt", 0, func(c *slips.Conflict) { c.Entity = "GW" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h10-08.txt", 1, func(c *slips.Conflict) { c.Fix = "النمساوي" })},
		{"fix names a non-participant", "not a participant", plantConflict("h10-16.txt", 1, func(c *slips.Conflict) { c.Fix = "اليونان" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h10-09.txt", 1, func(c *slips.Conflict) { c.Fix = []any{"عُمان", "اليمن"} })},
		{"context not in the text", "not found", plantConflict("h10-14.txt", 1, func(c *slips.Conflict) { c.At = "من السعودية و[الأرجنتين] وتشيلي" })},
		{"context not unique", "is not unique", plantConflict("h10-05.txt", 1, func(c *slips.Conflict) { c.At = "[سويسرا]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h10-07.txt", 0, func(c *slips.Conflict) { c.At = "وجمهورية [البرتغا]ل، والتي" })},
		{"span takes in a prefix", "is not a surface form", plantConflict("h10-03.txt", 1, func(c *slips.Conflict) { c.At = "بين الصين [وجيبوتي] تمر" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h10-28.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h10-27.txt"]
			x.Participants = x.Participants[:1]
			l["h10-27.txt"] = x
		}},
		{"a readout marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h10-19.txt"]
			x.Multilateral = true
			l["h10-19.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h10-10.txt"].Variants[0].Mentions
			l["h10-10.txt"].Variants[0].Mentions = []string{m[0], m[1], m[3]} // all three are ألباريس
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h10-16.txt"].Variants[0].Mentions[0] = "الخارجية [اليوناني كومبوس] في"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h10-22.txt"]
			x.Conflicts = []slips.Conflict{{At: "سفيرا لبلاده في [النمسا]، ومندوبا", Entity: "AT", Fix: "أستراليا"}}
			l["h10-22.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h10-30.txt") }},
	})
}

// The floors of TestHeldOut10Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main 0e1399e), so that a collapse fails here and
// noise does not. They are not targets: the set must not be read case by
// case to raise them.
const (
	heldout10ConflictPrecision = 0.50 // measured 0.65 (22 of 34 findings)
	heldout10ConflictRecall    = 0.46 // measured 0.61 (22 of 36 slips)
	heldout10VariantPrecision  = 0.75 // measured 0.90 (9 of 10 findings)
	heldout10VariantRecall     = 0.38 // measured 0.53 (9 of 17 variants)
	heldout10Participants      = 0.72 // measured 26 of 30 releases (0.87)
	heldout10CleanFindings     = 14   // measured 10 false findings on the 14 clean readouts
)

// TestHeldOut10Set scores the checker on testdata/heldout10 as
// TestHeldOut9Set does on testdata/heldout9: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout10` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut10Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout10Dir)
	scoreHeldOut(t, "held-out 10", heldout10Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout10ConflictPrecision,
		conflictRecall:    heldout10ConflictRecall,
		variantPrecision:  heldout10VariantPrecision,
		variantRecall:     heldout10VariantRecall,
		participants:      heldout10Participants,
		cleanFindings:     heldout10CleanFindings,
		byKind:            true,
	})
}
