package nazir_test

import (
	"testing"
)

// formats13Dir is a training set of texts that are not ordinary readouts
// (news digests whose meeting is a later story, interviews set out as
// questions and answers, opinion columns signed by an ambassador or a
// minister, television and radio scripts, joint statements in numbered
// clauses, speeches, press-conference transcripts, urgent flashes followed
// by the story), written for nazir in our own words, with their labels
// (testdata/formats13/README.md). It may be read case by case: it is where
// the parties of such texts are developed.
const formats13Dir = "testdata/formats13"

// TestFormats13Labels checks the labels of testdata/formats13 with the
// checks of the held-out sets, for texts of 60 to 250 words: 22 texts, 11
// with slips and 11 clean.
func TestFormats13Labels(t *testing.T) {
	checkLabelsShaped(t, formats13Dir, 22, 11, 11, labelShape{minWords: 60, maxWords: 250, none: true})
}

// The floors of TestFormats13Set are set under what the checker measures
// on the set (in-sample: the set is a training set), so that a collapse
// fails here.
const (
	formats13ConflictPrecision = 0.75 // measured 0.90 (9 of 10 findings)
	formats13ConflictRecall    = 0.65 // measured 0.82 (9 of 11 slips)
	formats13VariantPrecision  = 0
	formats13VariantRecall     = 0
	formats13Participants      = 0.85 // measured 22 of 22
	formats13CleanFindings     = 2    // measured 1 false finding on the 11 clean texts
)

// TestFormats13Set scores the checker on testdata/formats13 as the held-out
// sets are scored (scoreHeldOut), with the recall of each kind of slip
// logged.
func TestFormats13Set(t *testing.T) {
	labels, names := heldOutLabels(t, formats13Dir)
	scoreHeldOut(t, "formats 13", formats13Dir, labels, names, heldOutFloors{
		conflictPrecision: formats13ConflictPrecision,
		conflictRecall:    formats13ConflictRecall,
		variantPrecision:  formats13VariantPrecision,
		variantRecall:     formats13VariantRecall,
		participants:      formats13Participants,
		cleanFindings:     formats13CleanFindings,
		byKind:            true,
	})
}
