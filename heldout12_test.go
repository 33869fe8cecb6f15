package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout12Dir is the twelfth held-out set: texts written for measurement
// only, like testdata/heldout … heldout11, by someone who did not write the
// rules and had not read the other sets' texts.
const heldout12Dir = "testdata/heldout12"

// TestHeldOut12Labels checks the labels of testdata/heldout12 against the
// texts with the checks of TestHeldOut2Labels: every text is labelled and
// every label names a text; a text is 150 to 400 words; participants are
// two distinct country ids of the gazetteer; each conflict's context occurs
// exactly once, its span is a whole surface form of the state the label
// says, a state that is not a participant, and a fix names a participant in
// the same form (name or nisba); each variant's mentions are located once
// each and written in at least two ways; no two gold spans overlap; 16 texts
// carry slips and 14 are clean.
func TestHeldOut12Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout12Dir, 30, 16, 14)
}

// TestHeldOut12LabelsCatchPlanted shows that TestHeldOut12Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut12LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout12Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h12-03.txt", 1, func(c *slips.Conflict) { c.Entity = "NZ" })},
		{"entity is not the state written", "does not name", plantConflict("h12-12.txt", 2, func(c *slips.Conflict) { c.Entity = "UA" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h12-06.txt", 1, func(c *slips.Conflict) { c.Fix = "نيجيريا" })},
		{"fix names a non-participant", "not a participant", plantConflict("h12-16.txt", 1, func(c *slips.Conflict) { c.Fix = "غينيا" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h12-13.txt", 0, func(c *slips.Conflict) { c.Fix = []any{"جمهورية الدومينيكان", "هايتي"} })},
		{"context not in the text", "not found", plantConflict("h12-09.txt", 0, func(c *slips.Conflict) { c.At = "بين موريتانيا و[مالي]." })},
		{"context not unique", "is not unique", plantConflict("h12-07.txt", 1, func(c *slips.Conflict) { c.At = "[إثيوبيا]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h12-01.txt", 1, func(c *slips.Conflict) { c.At = "قال كولوبايف إن [جيبو]تي تلتزم" })},
		{"span takes in a clitic", "is not a surface form", plantConflict("h12-15.txt", 1, func(c *slips.Conflict) { c.At = "بين تشاد [ونيجيريا]." })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h12-22.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h12-28.txt"]
			x.Participants = x.Participants[:1]
			l["h12-28.txt"] = x
		}},
		{"the same participant twice", "participants", func(l map[string]slips.Labels) { l["h12-25.txt"].Participants[1] = "RU" }},
		{"a text marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h12-17.txt"]
			x.Multilateral = true
			l["h12-17.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h12-02.txt"].Variants[0].Mentions
			l["h12-02.txt"].Variants[0].Mentions = []string{m[0], m[2]} // both are مريدوف
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h12-01.txt"].Variants[0].Mentions[0] = "وزير الخارجية [الجيبوتي جينبيك كولوبايف]."
		}},
		{"a clean text with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h12-19.txt"]
			x.Conflicts = []slips.Conflict{{At: "مع [إيطاليا] والاتحاد", Entity: "IT", Fix: "تونس"}}
			l["h12-19.txt"] = x
		}},
		{"a text unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h12-30.txt") }},
	})
}

// The floors of TestHeldOut12Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main 5b5527f), so that a collapse fails here and
// noise does not. They are not targets: the set must not be read case by
// case to raise them.
const (
	heldout12ConflictPrecision = 0.73 // measured 0.88 (15 of 17 findings)
	heldout12ConflictRecall    = 0.28 // measured 0.43 (15 of 35 slips)
	heldout12VariantPrecision  = 0.85 // measured 1.00 (10 of 10 findings)
	heldout12VariantRecall     = 0.47 // measured 0.62 (10 of 16 variants)
	heldout12Participants      = 0.65 // measured 24 of 30 texts (0.80)
	heldout12CleanFindings     = 4    // measured no false finding on the 14 clean texts
)

// TestHeldOut12Set scores the checker on testdata/heldout12 as
// TestHeldOut11Set does on testdata/heldout11: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout12` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut12Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout12Dir)
	scoreHeldOut(t, "held-out 12", heldout12Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout12ConflictPrecision,
		conflictRecall:    heldout12ConflictRecall,
		variantPrecision:  heldout12VariantPrecision,
		variantRecall:     heldout12VariantRecall,
		participants:      heldout12Participants,
		cleanFindings:     heldout12CleanFindings,
		byKind:            true,
	})
}
