// Package consistency is nazir's checker: given a release, it infers who met
// whom, judges every country, group and capital mention (participant,
// legitimate third party, or conflict), clusters person names and reports
// spelling variants, each finding with its span in the caller's original
// bytes, a message, evidence and a suggested replacement.
package consistency
