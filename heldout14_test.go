package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout14Dir is the fourteenth held-out set: texts written for
// measurement only, like testdata/heldout … heldout13, by someone who did
// not write the rules and had not read the other sets' texts.
const heldout14Dir = "testdata/heldout14"

// TestHeldOut14Labels checks the labels of testdata/heldout14 against the
// texts with the checks of TestHeldOut2Labels: every text is labelled and
// every label names a text; a text is 150 to 400 words; participants are
// two distinct country ids of the gazetteer (none for the multilateral
// communique); each conflict's context occurs exactly once, its span is a
// whole surface form of the state the label says, a state that is not a
// participant, and a fix names a participant in the same form (name or
// nisba); each variant's mentions are located once each and written in at
// least two ways; no two gold spans overlap; 16 texts carry slips and 14
// are clean.
func TestHeldOut14Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout14Dir, 30, 16, 14)
}

// TestHeldOut14LabelsCatchPlanted shows that TestHeldOut14Labels can fail:
// a copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut14LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout14Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h14-02.txt", 0, func(c *slips.Conflict) { c.Entity = "PL" })},
		{"entity is not the state written", "does not name", plantConflict("h14-05.txt", 1, func(c *slips.Conflict) { c.Entity = "BE" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h14-03.txt", 1, func(c *slips.Conflict) { c.Fix = "كمبوديا" })},
		{"fix names a non-participant", "not a participant", plantConflict("h14-06.txt", 1, func(c *slips.Conflict) { c.Fix = "كمبوديا" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h14-16.txt", 0, func(c *slips.Conflict) { c.Fix = []any{"السعودية", "عمان"} })},
		{"context not in the text", "not found", plantConflict("h14-12.txt", 0, func(c *slips.Conflict) { c.At = "رئيس [بلجيكا] الكسندر" })},
		{"context not unique", "is not unique", plantConflict("h14-06.txt", 0, func(c *slips.Conflict) { c.At = "[فيتنام]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h14-03.txt", 0, func(c *slips.Conflict) { c.At = "الدولي في [الكاميرو]ن سوك" })},
		{"span takes in a clitic", "is not a surface form", plantConflict("h14-09.txt", 1, func(c *slips.Conflict) { c.At = "التعاون [مع كينيا] في" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h14-22.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h14-20.txt"]
			x.Participants = x.Participants[:1]
			l["h14-20.txt"] = x
		}},
		{"the same participant twice", "participants", func(l map[string]slips.Labels) { l["h14-25.txt"].Participants[1] = "LA" }},
		{"a text marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h14-19.txt"]
			x.Multilateral = true
			l["h14-19.txt"] = x
		}},
		{"a conflict in the multilateral communique", "a conflict in a multilateral readout", func(l map[string]slips.Labels) {
			x := l["h14-27.txt"]
			x.Conflicts = []slips.Conflict{{At: "والصومال و[كينيا] وأوغندا", Entity: "KE", Fix: "أوغندا"}}
			l["h14-27.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h14-04.txt"].Variants[0].Mentions
			l["h14-04.txt"].Variants[0].Mentions = []string{m[0], m[1]} // both are جيله
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h14-07.txt"].Variants[0].Mentions[1] = "[نيكاراغوا برناردو أريبالو] أن"
		}},
		{"a clean text with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h14-23.txt"]
			x.Conflicts = []slips.Conflict{{At: "جانب [بلجيكا] وهولندا", Entity: "BE", Fix: "لوكسمبورغ"}}
			l["h14-23.txt"] = x
		}},
		{"a text unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h14-30.txt") }},
	})
}

// The floors of TestHeldOut14Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main 3e185e5; the session-start build 612cffe gave
// the same figures but for one more false finding on a clean text), so that
// a collapse fails here and noise does not. They are not targets: the set
// must not be read case by case to raise them.
const (
	heldout14ConflictPrecision = 0.73 // measured 0.88 (22 of 25 findings)
	heldout14ConflictRecall    = 0.48 // measured 0.63 (22 of 35 slips)
	heldout14VariantPrecision  = 0.77 // measured 0.92 (12 of 13 findings)
	heldout14VariantRecall     = 0.60 // measured 0.75 (12 of 16 variants)
	heldout14Participants      = 0.68 // measured 24 of 29 texts (0.83; the communique is multilateral)
	heldout14CleanFindings     = 3    // measured no false finding on the 14 clean texts
)

// TestHeldOut14Set scores the checker on testdata/heldout14 as
// TestHeldOut13Set does on testdata/heldout13: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout14` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the title line, the lede, inside quotations) logged.
func TestHeldOut14Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout14Dir)
	scoreHeldOut(t, "held-out 14", heldout14Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout14ConflictPrecision,
		conflictRecall:    heldout14ConflictRecall,
		variantPrecision:  heldout14VariantPrecision,
		variantRecall:     heldout14VariantRecall,
		participants:      heldout14Participants,
		cleanFindings:     heldout14CleanFindings,
		byKind:            true,
	})
}
