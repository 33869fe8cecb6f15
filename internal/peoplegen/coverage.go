package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// The coverage audit asks, of the source tables, who held each office of
// each UN member on the tables' last date (a holding with no end, once the
// ends the tables imply are inferred), and whether the gazetteer (the
// hand-written file and the generated ones it includes) has an entry for
// that person. A person is the gazetteer's when an entry of the same state
// carries the person's Wikidata item in its source, has the same English
// name, or has the same last word of the English name (Matamela Cyril
// Ramaphosa is Cyril Ramaphosa). The office need not be the same: a
// president who is also the head of government, or a foreign minister who
// became prime minister, is one person with one name.

// coverageReport is the audit's result.
type coverageReport struct {
	Current int                 // holdings open at the tables' last date, UN members
	Covered int                 // of them, people the gazetteer has
	Missing []*holding          // the others, in state and office order
	Why     map[*holding]string // why the generator left a missing one out
}

// String renders the figures and the missing holdings, one a line.
func (r coverageReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "officials coverage: %d of %d office holders of the UN members at the tables' last date have an entry (%d without)\n",
		r.Covered, r.Current, len(r.Missing))
	for _, h := range r.Missing {
		fmt.Fprintf(&b, "  missing %s: %s\n", h, r.Why[h])
	}
	return b.String()
}

var qidPattern = regexp.MustCompile(`\bQ[0-9]+\b`)

// officialsCoverage audits the gazetteer of repo against the tables in
// data; why maps "qid|iso2|class" to the generator's reason for leaving a
// holding out (nil: none given).
func officialsCoverage(data, repo string, why map[string]string) (coverageReport, error) {
	hosHogFm, err := readTSV(filepath.Join(data, "officials_hos_hog_fm.tsv"))
	if err != nil {
		return coverageReport{}, err
	}
	snaps, err := readTSV(filepath.Join(data, "officials_world_snapshots_2021_2022.tsv"))
	if err != nil {
		return coverageReport{}, err
	}
	g, err := entities.ParseFS(os.DirFS(repo), "gazetteer.yaml")
	if err != nil {
		return coverageReport{}, fmt.Errorf("officials coverage: %w", err)
	}
	qids := map[string]bool{}    // Q...
	english := map[string]bool{} // english key
	last := map[string]bool{}    // iso2|last Latin word
	for _, e := range g.ByKind(entities.Person) {
		for _, q := range qidPattern.FindAllString(e.Provenance, -1) {
			qids[q] = true
		}
		names := append([]string{e.English}, e.SourceNames["en"]...)
		for _, n := range names {
			if n == "" {
				continue
			}
			english[personKey(n)] = true
			last[e.Country+"|"+lastLatinWord(n)] = true
		}
	}
	un := map[string]bool{}
	for _, s := range unMembers() {
		un[s] = true
	}
	hs := readHoldings(hosHogFm, snaps)
	sortHoldings(hs)
	r := coverageReport{Why: map[*holding]string{}}
	for _, h := range hs {
		if h.end != "" || !un[h.iso2] || strings.TrimSpace(h.personEn) == "" || h.personEn == h.qid {
			continue
		}
		r.Current++
		reason := why[h.qid+"|"+h.iso2+"|"+h.class]
		if qids[h.qid] || english[personKey(h.personEn)] || last[h.iso2+"|"+lastLatinWord(h.personEn)] ||
			reason == sameArabicName {
			// the person, or a person of the same state the gazetteer
			// writes with the same Arabic name
			r.Covered++
			continue
		}
		r.Missing = append(r.Missing, h)
		r.Why[h] = reason
	}
	return r, nil
}

// skipReasons indexes the generator's report lines by holding.
func skipReasons(plan []*generated, report []string, hs []*holding) map[string]string {
	out := map[string]string{}
	// by holder: the plan's terms may end otherwise than hs's (settleTerms
	// reads the hand-written holders too)
	byHolder := map[string]*holding{}
	for _, h := range hs {
		byHolder[h.holder()] = h
	}
	for _, line := range report {
		rest, ok := strings.CutPrefix(line, "skip ")
		if !ok {
			continue
		}
		i := strings.LastIndex(rest, ": ")
		if i < 0 {
			continue
		}
		who := rest[:i]
		if j := strings.LastIndexByte(who, ' '); j >= 0 {
			who = who[:j] // the dates
		}
		if h := byHolder[who]; h != nil {
			out[h.qid+"|"+h.iso2+"|"+h.class] = rest[i+2:]
		}
	}
	return out
}

// printCoverage writes the audit of repo's gazetteer.
func printCoverage(data, repo, dict, cities string, w io.Writer) error {
	plan, report, err := officialsPlan(data, repo, dict, cities)
	if err != nil {
		return err
	}
	hosHogFm, err := readTSV(filepath.Join(data, "officials_hos_hog_fm.tsv"))
	if err != nil {
		return err
	}
	snaps, err := readTSV(filepath.Join(data, "officials_world_snapshots_2021_2022.tsv"))
	if err != nil {
		return err
	}
	r, err := officialsCoverage(data, repo, skipReasons(plan, report, readHoldings(hosHogFm, snaps)))
	if err != nil {
		return err
	}
	sort.SliceStable(r.Missing, func(i, j int) bool { return r.Missing[i].iso2 < r.Missing[j].iso2 })
	_, err = io.WriteString(w, r.String())
	return err
}

// personKey is englishKey without honorifics (King Charles III is Charles
// III).
func personKey(s string) string {
	var out []string
	for _, w := range strings.Fields(englishKey(s)) {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
