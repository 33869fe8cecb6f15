package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout9Dir is the ninth held-out set: readouts written for measurement
// only, like testdata/heldout … heldout8, by someone who did not write the
// rules and had not read the other sets.
const heldout9Dir = "testdata/heldout9"

// TestHeldOut9Labels checks the labels of testdata/heldout9 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut9Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout9Dir, 30, 16, 14)
}

// TestHeldOut9LabelsCatchPlanted shows that TestHeldOut9Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut9LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout9Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h9-06.txt", 0, func(c *slips.Conflict) { c.Entity = "DE" })},
		{"entity is not the state written", "does not name", plantConflict("h9-07.txt", 0, func(c *slips.Conflict) { c.Entity = "BE" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h9-08.txt", 0, func(c *slips.Conflict) { c.Fix = "اليونان" })},
		{"fix names a non-participant", "not a participant", plantConflict("h9-15.txt", 0, func(c *slips.Conflict) { c.Fix = "تشيلي" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h9-04.txt", 0, func(c *slips.Conflict) { c.Fix = []any{"جمهورية الكونغو", "أنغولا"} })},
		{"context not in the text", "not found", plantConflict("h9-12.txt", 0, func(c *slips.Conflict) { c.At = "بين تونس و[اليونان] بشأن" })},
		{"context not unique", "is not unique", plantConflict("h9-03.txt", 0, func(c *slips.Conflict) { c.At = "[الدومينيكان]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h9-07.txt", 1, func(c *slips.Conflict) { c.At = "الوزير [الهولند]ي سكورسكي" })},
		{"span takes in a prefix", "is not a surface form", plantConflict("h9-07.txt", 0, func(c *slips.Conflict) { c.At = "دولة قطر [وهولندا] وسبل" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h9-29.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h9-30.txt"]
			x.Participants = x.Participants[:1]
			l["h9-30.txt"] = x
		}},
		{"a readout marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h9-17.txt"]
			x.Multilateral = true
			l["h9-17.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h9-10.txt"].Variants[0].Mentions
			l["h9-10.txt"].Variants[0].Mentions = []string{m[0], m[1], m[3]} // all three are عراقجي
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h9-14.txt"].Variants[0].Mentions[0] = "والتجارة [الكينية أشاتو] كيجاجي"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h9-20.txt"]
			x.Conflicts = []slips.Conflict{{At: "التعاون مع [النرويج] والمملكة", Entity: "NO", Fix: "آيسلندا"}}
			l["h9-20.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h9-30.txt") }},
	})
}

// The floors of TestHeldOut9Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main 2b604e2), so that a collapse fails here and
// noise does not. They are not targets: the set must not be read case by
// case to raise them.
const (
	heldout9ConflictPrecision = 0.69 // measured 0.84 (16 of 19 findings)
	heldout9ConflictRecall    = 0.29 // measured 0.44 (16 of 36 slips)
	heldout9VariantPrecision  = 0.85 // measured 1.00 (9 of 9 findings)
	heldout9VariantRecall     = 0.38 // measured 0.53 (9 of 17 variants)
	heldout9Participants      = 0.58 // measured 22 of 30 releases (0.73)
	heldout9CleanFindings     = 6    // measured 2 false findings on the 14 clean readouts
)

// TestHeldOut9Set scores the checker on testdata/heldout9 as
// TestHeldOut8Set does on testdata/heldout8: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout9` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut9Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout9Dir)
	scoreHeldOut(t, "held-out 9", heldout9Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout9ConflictPrecision,
		conflictRecall:    heldout9ConflictRecall,
		variantPrecision:  heldout9VariantPrecision,
		variantRecall:     heldout9VariantRecall,
		participants:      heldout9Participants,
		cleanFindings:     heldout9CleanFindings,
		byKind:            true,
	})
}
