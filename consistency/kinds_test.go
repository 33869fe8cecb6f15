package consistency_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
)

// TestFindingsFollowKindTable: every finding the checker gives on the
// bundled releases (and on the example with a bidi control hidden in a
// name) is of a kind in finding's table, has the table's severity (a
// country-conflict of low confidence may be lowered to a warning), and
// carries the arguments of its kind's message: the table's English format
// with them is the finding's message in English, which is what a catalog in
// another language needs. The default (Arabic) message is the same finding
// in Arabic: no fmt error, Arabic text, the spellings and names quoted.
func TestFindingsFollowKindTable(t *testing.T) {
	english, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{Language: "en"}))
	require.NoError(t, err)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	texts = append(texts, strings.Replace(example(t), "الأفغاني", "الأف\u202eغاني", 1))
	seen := map[finding.Kind]bool{}
	for _, text := range texts {
		rep, err := english.Check([]byte(text))
		require.NoError(t, err)
		ar, err := checker(t).Check([]byte(text))
		require.NoError(t, err)
		require.Len(t, ar.Findings, len(rep.Findings))
		for i, f := range rep.Findings {
			require.NotContains(t, ar.Findings[i].Message, "%!", "Arabic message of %s", f.Kind)
			require.Regexp(t, `^[^a-zA-Z]*[\p{Arabic}]`, ar.Findings[i].Message, "Arabic message of %s starts in Arabic", f.Kind)
			ar.Findings[i].Message = f.Message
			require.Equal(t, f, ar.Findings[i], "only the message depends on the language")
			info, ok := finding.Info(f.Kind)
			require.True(t, ok, "kind %q is not in the kind table", f.Kind)
			seen[f.Kind] = true
			lowered := f.Kind == finding.CountryConflict && f.Severity == finding.SeverityWarning
			require.True(t, f.Severity == info.Severity || lowered, "%s: severity %s, table %s", f.Kind, f.Severity, info.Severity)
			require.Len(t, f.Args, len(info.MessageArgs), "%s: %v", f.Kind, f.Args)
			require.Equal(t, f.Message, fmt.Sprintf(info.Message, f.Args...))
		}
	}
	for _, k := range []finding.Kind{finding.CountryConflict, finding.NameVariant, finding.WrongGivenName, finding.HiddenControl} {
		require.True(t, seen[k], "no finding of kind %s on the test texts", k)
	}
}
