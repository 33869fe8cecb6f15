package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout7Dir is the seventh held-out set: readouts written for measurement
// only, like testdata/heldout … heldout6, by someone who did not write the
// rules and had not read the other sets.
const heldout7Dir = "testdata/heldout7"

// TestHeldOut7Labels checks the labels of testdata/heldout7 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer (none when multilateral);
// each conflict's context occurs exactly once, its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each and written in at least two
// ways; no two gold spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut7Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout7Dir, 30, 16, 14)
}

// TestHeldOut7LabelsCatchPlanted shows that TestHeldOut7Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut7LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout7Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h7-01.txt", 0, func(c *slips.Conflict) { c.Entity = "EG" })},
		{"entity is not the state written", "does not name", plantConflict("h7-01.txt", 0, func(c *slips.Conflict) { c.Entity = "ER" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h7-01.txt", 2, func(c *slips.Conflict) { c.Fix = "مصر" })},
		{"fix names a non-participant", "not a participant", plantConflict("h7-08.txt", 1, func(c *slips.Conflict) { c.Fix = "الموريتانية" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h7-16.txt", 0, func(c *slips.Conflict) { c.Fix = []any{"سورية", "لبنان"} })},
		{"context not in the text", "not found", plantConflict("h7-06.txt", 1, func(c *slips.Conflict) { c.At = "جهود الحكومة [الإيرانية] لدعم" })},
		{"context not unique", "is not unique", plantConflict("h7-11.txt", 0, func(c *slips.Conflict) { c.At = "إلى [الأردن]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h7-02.txt", 0, func(c *slips.Conflict) { c.At = "مع نظيره [اللوكسمبورغ]ي" })},
		{"span takes in a prefix", "is not a surface form", plantConflict("h7-04.txt", 1, func(c *slips.Conflict) { c.At = "إن الصين [والهند]، بوصفهما" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h7-29.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h7-30.txt"]
			x.Participants = x.Participants[:1]
			l["h7-30.txt"] = x
		}},
		{"a multilateral readout with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h7-18.txt"]
			x.Participants = []string{"SA", "EG"}
			l["h7-18.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h7-11.txt"].Variants[0].Mentions
			l["h7-11.txt"].Variants[0].Mentions = []string{m[0], m[1], m[3]} // all three are عبد المهدي
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h7-14.txt"].Variants[0].Mentions[0] = "[غندور يستقبل وزير خارجية النيجر] ويبحثان"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h7-20.txt"]
			x.Conflicts = []slips.Conflict{{At: "مع الأشقاء في [السعودية].", Entity: "SA", Fix: "السودان"}}
			l["h7-20.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h7-30.txt") }},
	})
}

// The floors of TestHeldOut7Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout7ConflictPrecision = 0.73 // measured 0.88 (15 of 17 findings)
	heldout7ConflictRecall    = 0.22 // measured 0.37 (15 of 41 slips)
	heldout7VariantPrecision  = 0.85 // measured 1.00 (9 of 9 findings)
	heldout7VariantRecall     = 0.30 // measured 0.45 (9 of 20 variants)
	heldout7Participants      = 0.57 // measured 21 of 29 releases (0.72)
	heldout7CleanFindings     = 4    // measured 0 false findings on the 14 clean readouts
)

// TestHeldOut7Set scores the checker on testdata/heldout7 as
// TestHeldOut6Set does on testdata/heldout6: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout7` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut7Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout7Dir)
	scoreHeldOut(t, "held-out 7", heldout7Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout7ConflictPrecision,
		conflictRecall:    heldout7ConflictRecall,
		variantPrecision:  heldout7VariantPrecision,
		variantRecall:     heldout7VariantRecall,
		participants:      heldout7Participants,
		cleanFindings:     heldout7CleanFindings,
		byKind:            true,
	})
}
