package consistency_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

// sideOverlay replaces the side-of pattern with one that uses the built-in
// class @side and a message full of per cent signs.
const sideOverlay = `conflicts:
  - id: side-of
    pattern: "@side X:nisba"
    expect: counterpart
    confidence: 0.95
    message: "%s's side: 100% wrong, %d %v %%"
`

// TestRulesOverlayExtends: a rules overlay may use the built-in classes
// (@side), and a rule's message is printed as written with only %s
// replaced by the state's name, never read as a Printf format, in both
// languages. The overlay's pattern catches the slip and leaves the
// participant's own side alone.
func TestRulesOverlayExtends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "overlay.yaml")
	require.NoError(t, os.WriteFile(path, []byte(sideOverlay), 0o644))
	for _, lang := range []struct{ code, name string }{{"en", "Afghanistan"}, {"ar", "أفغانستان"}} {
		t.Run(lang.code, func(t *testing.T) {
			c, err := nazir.NewChecker(nazir.WithRulesFile(path), nazir.WithOptions(consistency.Options{Language: lang.code}))
			require.NoError(t, err)
			rep, err := c.Check([]byte(example(t)))
			require.NoError(t, err)
			n := 0
			for _, f := range rep.Findings {
				assert.NotContains(t, f.Message, "%!", "a message read as a format")
				if f.Rule == "side-of" {
					n++
					assert.Contains(t, f.Message, lang.name+"'s side: 100% wrong, %d %v %%")
				}
			}
			assert.Positive(t, n, "the Afghan side")
			clean := "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني في بكين. وقال إن الجانب الأذربيجاني شريك مهم للصين."
			rep, err = c.Check([]byte(clean))
			require.NoError(t, err)
			assert.Empty(t, rep.Findings)
		})
	}
}

// TestRulesRefused: what the checker cannot honour is refused when it is
// built, not silently ignored: a pattern naming a class that the rules it
// is compiled with do not define (an overlay used without the embedded
// rules), a confidence or minimum confidence that is not a number from 0
// to 1 (NaN included).
func TestRulesRefused(t *testing.T) {
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	base, err := consistency.DefaultRules()
	require.NoError(t, err)
	overlay, err := consistency.LoadRules(strings.NewReader(sideOverlay), "overlay.yaml")
	require.NoError(t, err, "an overlay may use the built-in classes")

	_, err = consistency.New(g, overlay, consistency.Options{})
	require.ErrorIs(t, err, consistency.ErrRules)
	assert.Contains(t, err.Error(), `unknown class "side"`)
	_, err = consistency.New(g, consistency.MergeRules(base, overlay), consistency.Options{})
	require.NoError(t, err)

	for _, v := range []float64{math.NaN(), -0.1, 1.5, math.Inf(1)} {
		_, err = consistency.New(g, base, consistency.Options{MinConfidence: v})
		assert.Error(t, err, "MinConfidence %v", v)
	}
	for _, v := range []string{".nan", "-.inf", "0", "1.01"} {
		_, err := consistency.LoadRules(strings.NewReader(strings.Replace(sideOverlay, "0.95", v, 1)), "o.yaml")
		require.ErrorIs(t, err, consistency.ErrRules, "confidence %s", v)
		assert.Contains(t, err.Error(), "confidence")
	}
	_, err = consistency.LoadRules(strings.NewReader(strings.Replace(sideOverlay, "@side", "@no_such_class", 1)), "o.yaml")
	require.ErrorIs(t, err, consistency.ErrRules)
	assert.Contains(t, err.Error(), `unknown class "no_such_class"`)
}
