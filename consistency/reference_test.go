package consistency_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

// Two officials written alike, one of them from a generated reference
// list (an entry whose source says how its Arabic was made from data):
// only the hand-written one is evidence of
// who met.
const referenceOverlay = `people:
  - id: xx-hand-official
    en: Hand Official
    country: KE
    office: head-of-state
    names: [كامورو ندالا]
  - id: xx-reference-official
    en: Reference Official
    country: UG
    office: head-of-state
    names: [كاتيبو موسانغا]
    source: "Wikidata Q0; Arabic: tokens"
`

func TestReferenceOfficialsAreNoParticipantEvidence(t *testing.T) {
	g, err := entities.LoadFile(filepath.Join("..", "gazetteer.yaml"))
	require.NoError(t, err)
	ov, err := entities.Parse(bytes.NewReader([]byte(referenceOverlay)), "overlay.yaml")
	require.NoError(t, err)
	g, err = entities.Merge(g, ov)
	require.NoError(t, err)
	rules, err := consistency.DefaultRules()
	require.NoError(t, err)
	c, err := consistency.New(g, rules, consistency.Options{})
	require.NoError(t, err)
	participants := func(text string) []string {
		rep, err := c.Check([]byte(text))
		require.NoError(t, err)
		return participantIDs(rep)
	}
	hand := "بكين 12 مارس 2026 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم في بكين محادثات مع كامورو ندالا. وقال شي إن البلدين شريكان.\n\n"
	assert.ElementsMatch(t, []string{"CN", "KE"}, participants(hand), "a hand-written official names the guest")
	ref := "بكين 12 مارس 2026 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم في بكين محادثات مع كاتيبو موسانغا. وقال شي إن البلدين شريكان.\n\n"
	assert.NotContains(t, participants(ref), "UG", "a generated official does not")
}
