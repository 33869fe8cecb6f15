package consistency_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// BenchmarkCheckExampleLanguage checks the example release with Arabic and
// with English messages: the difference is what rendering the messages in
// Arabic costs.
func BenchmarkCheckExampleLanguage(b *testing.B) {
	text, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(b, err)
	for _, lang := range []string{"ar", "en"} {
		c, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{Language: lang}))
		require.NoError(b, err)
		b.Run(lang, func(b *testing.B) { benchCheck(b, c, text) })
	}
}
