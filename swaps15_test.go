package nazir_test

import (
	"testing"
)

// swaps15Dir holds fourteen readouts written for nazir in our own words
// (testdata/swaps15/README.md): a guest named once in the lede beside a
// state easily mistaken for it that the text names elsewhere, either in a
// party's place (the lede's title is then the slip) or only as an origin,
// a background aside, a region, a pair of third states, a gathering's
// host or a relative clause's subject (clean); a participant swapped two
// times for a look-alike the text also names legitimately; and a nisba of
// four letters one letter from another's (الكوري for الكوبي). It may be
// read case by case.
const swaps15Dir = "testdata/swaps15"

// TestSwaps15Labels checks the labels of testdata/swaps15 with the checks
// of the held-out sets: 14 texts of 60 to 250 words, 7 slipped, 7 clean.
func TestSwaps15Labels(t *testing.T) {
	checkLabelsShaped(t, swaps15Dir, 14, 7, 7, labelShape{minWords: 60, maxWords: 250})
}

// The floors of TestSwaps15Set, under what the checker measures on the set.
// The set was written before any rule for it, and no rule on main was built
// from it: its figures show what is left (a guest's look-alike named as an
// origin, an aside or a gathering's host still takes the guest's place; a
// swap made twice for a state the text also names is missed; الكوري for
// الكوبي is no pair of the confusability table).
const (
	swaps15ConflictPrecision = 0.5 // measured 0.67 (6 of 9 findings)
	swaps15ConflictRecall    = 0.5 // measured 0.67 (6 of 9 slips)
	swaps15Participants      = 0.6 // measured 10 of 14
	swaps15CleanFindings     = 3   // measured 3 false findings on the 7 clean texts
)

// TestSwaps15Set scores the checker on testdata/swaps15 as the held-out
// sets are scored (scoreHeldOut), with the recall of each kind of slip
// logged.
func TestSwaps15Set(t *testing.T) {
	labels, names := heldOutLabels(t, swaps15Dir)
	scoreHeldOut(t, "swaps 15", swaps15Dir, labels, names, heldOutFloors{
		conflictPrecision: swaps15ConflictPrecision,
		conflictRecall:    swaps15ConflictRecall,
		participants:      swaps15Participants,
		cleanFindings:     swaps15CleanFindings,
		byKind:            true,
	})
}
