package nazir_test

import (
	"testing"
)

// swaps14Dir holds ten readouts written for nazir in our own words
// (testdata/swaps14/README.md): five with a participant swapped for a state
// whose Arabic name looks like it inside an interview's or a press
// conference's answers or in the body, or a person's state swapped (a
// head of state's office written with another state's name, a title set
// off after the name), and five clean twins that name the look-alike with
// a role of its own and a third state's official by title and state name.
// It may be read case by case.
const swaps14Dir = "testdata/swaps14"

// TestSwaps14Labels checks the labels of testdata/swaps14 with the checks
// of the held-out sets: 10 texts of 60 to 250 words, 5 slipped, 5 clean.
func TestSwaps14Labels(t *testing.T) {
	checkLabelsShaped(t, swaps14Dir, 10, 5, 5, labelShape{minWords: 60, maxWords: 250})
}

// The floors of TestSwaps14Set, under what the checker measures on the set
// (in-sample: the set was written beside the rules it checks).
const (
	swaps14ConflictPrecision = 0.85 // measured 1.00 (6 of 6 findings)
	swaps14ConflictRecall    = 0.8  // measured 1.00 (6 of 6 slips)
	swaps14Participants      = 0.9  // measured 10 of 10
	swaps14CleanFindings     = 0    // measured no finding on the 5 clean texts
)

// TestSwaps14Set scores the checker on testdata/swaps14 as the held-out
// sets are scored (scoreHeldOut), with the recall of each kind of slip
// logged.
func TestSwaps14Set(t *testing.T) {
	labels, names := heldOutLabels(t, swaps14Dir)
	scoreHeldOut(t, "swaps 14", swaps14Dir, labels, names, heldOutFloors{
		conflictPrecision: swaps14ConflictPrecision,
		conflictRecall:    swaps14ConflictRecall,
		participants:      swaps14Participants,
		cleanFindings:     swaps14CleanFindings,
		byKind:            true,
	})
}
