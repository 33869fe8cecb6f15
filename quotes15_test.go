package nazir_test

import (
	"testing"
)

// quotes15Dir holds fourteen readouts written for nazir in our own words
// (testdata/quotes15/README.md): eight with a participant swapped for a
// state easily mistaken for it inside a speaker's words (relations,
// thanks, a visit, a side, a people, in quotations, statements, interviews
// and reported speech), and six clean ones whose speakers name third
// states for reasons of their own. It may be read case by case.
const quotes15Dir = "testdata/quotes15"

// TestQuotes15Labels checks the labels of testdata/quotes15 with the checks
// of the held-out sets: 14 texts of 60 to 250 words, 8 slipped, 6 clean.
func TestQuotes15Labels(t *testing.T) {
	checkLabelsShaped(t, quotes15Dir, 14, 8, 6, labelShape{minWords: 60, maxWords: 250})
}

// The floors of TestQuotes15Set, under what the checker measures on the
// set (written before any reading for it; no rule on main was built from it).
const (
	quotes15ConflictPrecision = 0.85 // measured 1.00 (6 of 6 findings)
	quotes15ConflictRecall    = 0.25 // measured 0.38 (6 of 16 slips)
	quotes15Participants      = 0.85 // measured 13 of 14
	quotes15CleanFindings     = 0    // measured no finding on the 6 clean texts
)

// TestQuotes15Set scores the checker on testdata/quotes15 as the held-out
// sets are scored (scoreHeldOut), with the recall of each kind of slip
// logged.
func TestQuotes15Set(t *testing.T) {
	labels, names := heldOutLabels(t, quotes15Dir)
	scoreHeldOut(t, "quotes 15", quotes15Dir, labels, names, heldOutFloors{
		conflictPrecision: quotes15ConflictPrecision,
		conflictRecall:    quotes15ConflictRecall,
		participants:      quotes15Participants,
		cleanFindings:     quotes15CleanFindings,
		byKind:            true,
	})
}
