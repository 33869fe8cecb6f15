package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFixCompoundName: a compound given name written joined once and apart
// twice is reported, and fix writes it apart, the spelling most
// occurrences use; the fixed text has no name variant left.
func TestFixCompoundName(t *testing.T) {
	const text = "الرباط 4 فبراير 2026 - ترأس المهندس نورالدين الحمادي، مدير هيئة الموانئ، اجتماعا مع وفد إسباني.\n" +
		"وقال نور الدين الحمادي إن الميناء سيستقبل سفنا أكبر.\nوأضاف نور الدين الحمادي أن الأشغال تنتهي في الصيف.\n"
	_, before, _ := runCLI(t, text, "check", "--format", "json", "-")
	variants := 0
	for _, f := range jsonReports(t, before)[0].Findings {
		if f.Kind == "name-variant" {
			variants++
		}
	}
	require.Equal(t, 1, variants)
	code, out, errs := runCLI(t, text, "fix", "-")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, strings.Replace(text, "نورالدين", "نور الدين", 1), out)
	_, after, _ := runCLI(t, out, "check", "--format", "json", "-")
	assert.Empty(t, jsonReports(t, after)[0].Findings)
}
