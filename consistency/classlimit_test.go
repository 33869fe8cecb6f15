package consistency_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

// classOverlay returns rules that add classes to the built-in ones until
// there are total, the last of them (by name, the order in which classes
// get their bits) zzz_side, holding the words of the built-in class side;
// the side-of pattern is rewritten with it. When total is at least 65,
// zzz_side's bit lies beyond the first 64.
func classOverlay(t *testing.T, base *consistency.Rules, total int) *consistency.Rules {
	t.Helper()
	var b strings.Builder
	b.WriteString("classes:\n")
	for i := len(base.Classes); i < total-1; i++ {
		fmt.Fprintf(&b, "  zz_pad_%03d: [padword%03d]\n", i, i)
	}
	b.WriteString("  zzz_side: [" + strings.Join(base.Classes["side"], ", ") + "]\n")
	b.WriteString(`conflicts:
  - id: side-of
    pattern: "@zzz_side X:nisba !@zzz_side"
    expect: counterpart
    strong: true
    confidence: 0.95
    message: "“the side” of %s is named where a party of this meeting is meant"
`)
	overlay, err := consistency.LoadRules(strings.NewReader(b.String()), "classes.yaml")
	require.NoError(t, err)
	merged := consistency.MergeRules(base, overlay)
	require.Len(t, merged.Classes, total)
	return merged
}

// TestClassesBeyond64: word classes past the 64th get bits that work. The
// side-of pattern written with a class of the same words as the built-in
// side, given the 65th bit (and the last of the 128 the rules may have),
// finds what the built-in pattern finds in the example release (the
// Afghan side) and nothing in a clean release; a 129th class is refused.
func TestClassesBeyond64(t *testing.T) {
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	base, err := consistency.DefaultRules()
	require.NoError(t, err)
	require.Less(t, len(base.Classes), 65, "the built-in rules have room for the 65th class")
	plain, err := consistency.New(g, base, consistency.Options{})
	require.NoError(t, err)
	want, err := plain.Check([]byte(example(t)))
	require.NoError(t, err)
	clean := "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني في بكين. وقال إن الجانب الأذربيجاني شريك مهم للصين."

	for _, total := range []int{65, 128} {
		t.Run(fmt.Sprint(total), func(t *testing.T) {
			c, err := consistency.New(g, classOverlay(t, base, total), consistency.Options{})
			require.NoError(t, err)
			rep, err := c.Check([]byte(example(t)))
			require.NoError(t, err)
			n := 0
			for _, f := range rep.Findings {
				if f.Rule == "side-of" {
					n++
				}
			}
			assert.Positive(t, n, "the Afghan side, found through class %d", total)
			assert.Equal(t, want.Findings, rep.Findings, "the same findings as the built-in class")
			rep, err = c.Check([]byte(clean))
			require.NoError(t, err)
			assert.Empty(t, rep.Findings, "the participant's own side")
		})
	}

	_, err = consistency.New(g, classOverlay(t, base, 129), consistency.Options{})
	require.ErrorIs(t, err, consistency.ErrRules)
	assert.Contains(t, err.Error(), "129 word classes, at most 128")
}
