package nazir_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout11Dir is the eleventh held-out set: readouts written for
// measurement only, like testdata/heldout … heldout10, by someone who did
// not write the rules and had not read the other sets' texts.
const heldout11Dir = "testdata/heldout11"

// TestHeldOut11Labels checks the labels of testdata/heldout11 against the
// texts with the checks of TestHeldOut2Labels: every readout is labelled and
// every label names a readout; a readout is 150 to 400 words; participants
// are two distinct country ids of the gazetteer; each conflict's context
// occurs exactly once, its span is a whole surface form of the state the
// label says, a state that is not a participant, and a fix names a
// participant in the same form (name or nisba); each variant's mentions are
// located once each and written in at least two ways; no two gold spans
// overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut11Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout11Dir, 30, 16, 14)
}

// TestHeldOut11LabelsCatchPlanted shows that TestHeldOut11Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut11LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout11Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h11-06.txt", 1, func(c *slips.Conflict) { c.Entity = "ZM" })},
		{"entity is not the state written", "does not name", plantConflict("h11-10.txt", 1, func(c *slips.Conflict) { c.Entity = "TR" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h11-04.txt", 1, func(c *slips.Conflict) { c.Fix = "السلفادوري" })},
		{"fix names a non-participant", "not a participant", plantConflict("h11-13.txt", 0, func(c *slips.Conflict) { c.Fix = "بلغاريا" })},
		{"one of several fixes names a non-participant", "not a participant", plantConflict("h11-09.txt", 2, func(c *slips.Conflict) { c.Fix = []any{"الولايات المتحدة", "كندا"} })},
		{"context not in the text", "not found", plantConflict("h11-12.txt", 1, func(c *slips.Conflict) { c.At = "بين قطر و[زيمبابوي] وسبل" })},
		{"context not unique", "is not unique", plantConflict("h11-15.txt", 1, func(c *slips.Conflict) { c.At = "[الأردن]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h11-01.txt", 0, func(c *slips.Conflict) { c.At = "مستعد للعمل مع [ليبير]يا من أجل" })},
		{"span takes in a prefix", "is not a surface form", plantConflict("h11-06.txt", 1, func(c *slips.Conflict) { c.At = "دولة الإمارات [وغامبيا]، وسبل" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h11-24.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h11-29.txt"]
			x.Participants = x.Participants[:1]
			l["h11-29.txt"] = x
		}},
		{"a readout marked multilateral with participants", "multilateral with participants", func(l map[string]slips.Labels) {
			x := l["h11-21.txt"]
			x.Multilateral = true
			l["h11-21.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			m := l["h11-03.txt"].Variants[0].Mentions
			l["h11-03.txt"].Variants[0].Mentions = []string{m[0], m[1], m[3]} // all three are لي تشيانغ
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h11-09.txt"].Variants[0].Mentions[0] = "الخارجية [الكويتي البوسعيدي]\n"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h11-18.txt"]
			x.Conflicts = []slips.Conflict{{At: "إلى جانب الكويت كلا من [السعودية] والإمارات", Entity: "SA", Fix: "الهند"}}
			l["h11-18.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h11-30.txt") }},
	})
}

// The floors of TestHeldOut11Set are set about 0.15 under what the checker
// measured when the set was measured once, after the rule freeze of the
// session that added it (main c351bcf), so that a collapse fails here and
// noise does not. They are not targets: the set must not be read case by
// case to raise them.
const (
	heldout11ConflictPrecision = 0.63 // measured 0.78 (18 of 23 findings)
	heldout11ConflictRecall    = 0.36 // measured 0.51 (18 of 35 slips)
	heldout11VariantPrecision  = 0.85 // measured 1.00 (9 of 9 findings)
	heldout11VariantRecall     = 0.41 // measured 0.56 (9 of 16 variants)
	heldout11Participants      = 0.72 // measured 26 of 30 releases (0.87)
	heldout11CleanFindings     = 7    // measured 3 false findings on the 14 clean readouts
)

// TestHeldOut11Set scores the checker on testdata/heldout11 as
// TestHeldOut10Set does on testdata/heldout10: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout11` run with
// `nazir check --format json`, and with the recall of each kind of slip
// (and in the lede, inside quotations) logged.
func TestHeldOut11Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout11Dir)
	scoreHeldOut(t, "held-out 11", heldout11Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout11ConflictPrecision,
		conflictRecall:    heldout11ConflictRecall,
		variantPrecision:  heldout11VariantPrecision,
		variantRecall:     heldout11VariantRecall,
		participants:      heldout11Participants,
		cleanFindings:     heldout11CleanFindings,
		byKind:            true,
	})
}
