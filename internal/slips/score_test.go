package slips_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestOfRule keeps the findings of one rule and leaves the report it was
// given alone.
func TestOfRule(t *testing.T) {
	rep := &consistency.Report{Findings: []consistency.Finding{
		{Rule: "participant-role", Confidence: 0.6},
		{Rule: "title-state", Confidence: 0.9},
		{Rule: "participant-role", Confidence: 0.7},
	}}
	for _, tc := range []struct {
		rule string
		want []float64
	}{
		{"participant-role", []float64{0.6, 0.7}},
		{"title-state", []float64{0.9}},
		{"no-such-rule", nil},
	} {
		var got []float64
		for _, f := range slips.OfRule(rep, tc.rule).Findings {
			assert.Equal(t, tc.rule, f.Rule)
			got = append(got, f.Confidence)
		}
		assert.Equal(t, tc.want, got, tc.rule)
	}
	assert.Len(t, rep.Findings, 3, "the report given is left alone")
}
