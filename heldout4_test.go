package nazir_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout4Dir is the fourth held-out set: readouts written for measurement
// only, like testdata/heldout, heldout2 and heldout3, by someone who did not
// write the rules.
const heldout4Dir = "testdata/heldout4"

// TestHeldOut4Labels checks the labels of testdata/heldout4 against the
// texts, as TestHeldOut2Labels does for testdata/heldout2: every readout
// is labelled and every label names a readout; a readout is 150 to 400
// words; participants are two distinct country ids of the gazetteer (none
// when multilateral); each conflict's context occurs exactly once (or has
// its n-th occurrence), its span is a whole surface form of the state the
// label says, a state that is not a participant, and a fix names a
// participant in the same form (name or nisba); each variant's mentions
// are located once each and written in at least two ways; no two gold
// spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut4Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout4Dir, 30, 16, 14)
}

// TestHeldOut4LabelsCatchPlanted shows that TestHeldOut4Labels can fail: a
// copy of the set passes the label checks, and each copy with one planted
// labelling error fails them.
func TestHeldOut4LabelsCatchPlanted(t *testing.T) {
	checkPlantedLabels(t, heldout4Dir, 30, 16, 14, []plantedLabel{
		{"entity is a participant", "the written state is a participant", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.Entity = "DZ" })},
		{"entity is not the state written", "does not name", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.Entity = "AZ" })},
		{"fix in the other form", "is not in the span's form", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.Fix = "الجزائر" })},
		{"fix names a non-participant", "not a participant", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.Fix = "التونسي" })},
		{"context not in the text", "not found", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.At = "دعم الجانب [الألباني] المتين" })},
		{"context not unique", "is not unique", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.At = "الجانب [الألباني]" })},
		{"span is part of a word", "is not a surface form", plantConflict("h4-01.txt", 0, func(c *slips.Conflict) { c.At = "دعم الجانب [الألبا]ني الثابت" })},
		{"unknown participant", "is not a country id", func(l map[string]slips.Labels) { l["h4-18.txt"].Participants[1] = "XX" }},
		{"one participant", "should have 2 item(s)", func(l map[string]slips.Labels) {
			x := l["h4-18.txt"]
			x.Participants = x.Participants[:1]
			l["h4-18.txt"] = x
		}},
		{"variant written one way", "the mentions are written one way", func(l map[string]slips.Labels) {
			l["h4-01.txt"].Variants[0].Mentions[0] = "الصين و[الجزائر] صديقان"
			l["h4-01.txt"].Variants[0].Mentions[1] = "مؤكدا أن [الجزائر] تلتزم"
		}},
		{"overlapping gold spans", "overlaps another gold span", func(l map[string]slips.Labels) {
			l["h4-02.txt"].Variants[0].Mentions[0] = "[الأوكراني عبد العزيز] كاميلوف"
		}},
		{"a clean readout with a slip", "readouts with slips", func(l map[string]slips.Labels) {
			x := l["h4-18.txt"]
			x.Conflicts = []slips.Conflict{{At: "الوضع في [النيجر] المجاورة", Entity: "NE", Fix: "نيجيريا"}}
			l["h4-18.txt"] = x
		}},
		{"a readout unlabelled", "labelled readouts", func(l map[string]slips.Labels) { delete(l, "h4-30.txt") }},
	})
}

// TestHeldOutKindCounts checks the tally by kind of slip on results made
// from the labels of testdata/heldout4 (not from the checker): a finding
// on the gold span of every Chinese-confusable conflict and one covering
// the mentions of every variant of an invented person.
func TestHeldOutKindCounts(t *testing.T) {
	labels, names := heldOutLabels(t, heldout4Dir)
	raw, err := os.ReadFile(filepath.Join(heldout4Dir, "labels.json"))
	require.NoError(t, err)
	var kinds map[string]heldOutKinds
	require.NoError(t, json.Unmarshal(raw, &kinds))

	var all []slips.Slip
	var res []slips.Result
	for _, n := range names {
		text, err := os.ReadFile(filepath.Join(heldout4Dir, n))
		require.NoError(t, err)
		var r slips.Result
		for j, c := range labels[n].Conflicts {
			if kinds[n].Conflicts[j].Kind != "zh-confusable" {
				continue
			}
			s, e, err := slips.Locate(text, c.At, max(c.N, 1))
			require.NoError(t, err)
			r.Findings = append(r.Findings, slips.Finding{Kind: "country-conflict", Start: s, End: e})
		}
		for j, v := range labels[n].Variants {
			if !strings.Contains(kinds[n].Variants[j].Kind, "invented") {
				continue
			}
			f := slips.Finding{Kind: "name-variant"}
			for _, m := range v.Mentions {
				s, e, err := slips.Locate(text, m, 1)
				require.NoError(t, err)
				f.Mentions = append(f.Mentions, [2]int{s, e})
			}
			r.Findings = append(r.Findings, f)
		}
		all = append(all, slips.Slip{Name: n, Text: text, Labels: labels[n]})
		res = append(res, r)
	}

	counts := heldOutKindCounts(t, heldout4Dir, all, res)
	get := func(key string) heldOutTally {
		require.Contains(t, counts, key)
		return *counts[key]
	}
	require.Equal(t, heldOutTally{17, 17}, get("conflict, zh-confusable"))
	require.Equal(t, heldOutTally{0, 12}, get("conflict, arabic-lookalike"))
	require.Equal(t, heldOutTally{0, 4}, get("conflict, destination"))
	require.Equal(t, heldOutTally{1, 5}, get("conflict in the lede"))
	require.Equal(t, heldOutTally{2, 8}, get("conflict in the quote"))
	require.Equal(t, heldOutTally{1, 1}, get("variant, nisba ي dropped (invented)"))
	require.Equal(t, heldOutTally{0, 1}, get("variant, ز/س (known)"))
	found, labelled := 0, 0
	for key, c := range counts {
		if strings.HasPrefix(key, "variant, ") {
			found, labelled = found+c.found, labelled+c.labelled
		}
	}
	require.Equal(t, 4, found, "variants of invented people")
	require.Equal(t, 18, labelled, "variants")
}

// The floors of TestHeldOut4Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout4ConflictPrecision = 0.76 // measured 0.91 (20 of 22 findings)
	heldout4ConflictRecall    = 0.35 // measured 0.50 (20 of 40 slips)
	heldout4VariantPrecision  = 0.74 // measured 0.89 (8 of 9 findings)
	heldout4VariantRecall     = 0.29 // measured 0.44 (8 of 18 variants)
	heldout4Participants      = 0.67 // measured 23 of 28 releases (0.82)
	heldout4CleanFindings     = 6    // measured 1 false finding on the 14 clean readouts
)

// TestHeldOut4Set scores the checker on testdata/heldout4 as
// TestHeldOut2Set does on testdata/heldout2: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout4` run with
// `nazir check --format json`. It also logs how many slips of each kind
// (and in the lede, inside quotations) were found.
func TestHeldOut4Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout4Dir)
	scoreHeldOut(t, "held-out 4", heldout4Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout4ConflictPrecision,
		conflictRecall:    heldout4ConflictRecall,
		variantPrecision:  heldout4VariantPrecision,
		variantRecall:     heldout4VariantRecall,
		participants:      heldout4Participants,
		cleanFindings:     heldout4CleanFindings,
		byKind:            true,
	})
}
