package i18n_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// TestRuleMessagesHaveArabic: every message of the embedded conflict rules,
// and every text of the finding kinds' table, has an Arabic entry.
func TestRuleMessagesHaveArabic(t *testing.T) {
	rules, err := consistency.DefaultRules()
	require.NoError(t, err)
	for _, p := range append(rules.Conflicts, rules.Topics...) {
		if p.Message != "" {
			assert.True(t, i18n.Has(i18n.Arabic, p.Message), "rule %s (rules.yaml:%d): message %q has no Arabic entry", p.ID, p.Line, p.Message)
		}
	}
	for _, k := range finding.Kinds() {
		for _, s := range []string{k.Short, k.Full, k.Help, k.Message} {
			assert.True(t, i18n.Has(i18n.Arabic, s), "kind %s: %q has no Arabic entry", k.Kind, s)
		}
	}
}
