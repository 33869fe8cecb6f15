package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// generated is one gazetteer entry the generator writes.
type generated struct {
	id      string
	h       *holding
	name    arName
	fromLbl bool // the Arabic name is Wikidata's label, not spelled token by token
	// hand is the gazetteer.yaml entry of the person when this is
	// another office of theirs (otherOffices): its names are written.
	hand *entities.Entity
}

// handTokens are the spellings of Latin name tokens that Wikidata's labels
// do not give (see handtokens.tsv): each is the spelling Arabic news gives
// the person, added by hand from news usage (basis news; checked when
// Wikidata's table spells a like name so, its column checked naming the
// table's tokens, else unchecked), or a transliteration of the Latin
// letters (translit). Both
// must fit the Latin token's consonants. An entry with a transliterated token is unsure: it gets its
// full name only, no given name or surname alone, and its source says so.
//
//go:embed handtokens.tsv
var handTokens []byte

// sameArabicName is the generator's reason for leaving out a holding
// whose Arabic name a person of the same state in gazetteer.yaml has.
const sameArabicName = "a person of gazetteer.yaml has this Arabic name"

var parenthetical = regexp.MustCompile(`\s*\([^)]*\)`)

func englishKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(foldLatin(parenthetical.ReplaceAllString(s, "")), "-", " ")), " ")
}

// officialsPlan computes the entries to generate and a report of what was
// skipped and why.
func officialsPlan(data, repo, dictPath, citiesPath string) ([]*generated, []string, error) {
	cities, err := readCities(citiesPath)
	if err != nil {
		return nil, nil, err
	}
	dict, err := readDictionary(dictPath)
	if err != nil {
		return nil, nil, err
	}
	hosHogFm, err := readTSV(filepath.Join(data, "officials_hos_hog_fm.tsv"))
	if err != nil {
		return nil, nil, err
	}
	snaps, err := readTSV(filepath.Join(data, "officials_world_snapshots_2021_2022.tsv"))
	if err != nil {
		return nil, nil, err
	}
	tokens, err := readTSV(filepath.Join(data, "wikidata_en_ar_person_name_tokens.tsv"))
	if err != nil {
		return nil, nil, err
	}
	tt := newTokenTable(tokens)
	handTable, err := parseTSV(bytes.NewReader(handTokens), "internal/peoplegen/handtokens.tsv")
	if err != nil {
		return nil, nil, err
	}
	if err := tt.addHand(handTable); err != nil {
		return nil, nil, err
	}
	given := entities.DefaultGivenNames()
	g, err := handGazetteer(repo)
	if err != nil {
		return nil, nil, err
	}
	// what the hand-written gazetteer already has
	norm := arabic.Default()
	handEnglish := map[string]bool{}
	handKeys := map[string]bool{} // country + NameKey of a person's name
	forms := map[string]string{}  // folded form -> entity id, every non-generated entity
	for _, e := range g.Entities {
		if strings.HasPrefix(e.Source, "gazetteer/") {
			continue
		}
		all := append(append(append([]string{}, e.Names...), e.Capital...), e.Cities...)
		all = append(append(append(append(all, e.Nisba.M...), e.Nisba.F...), e.Nisba.MPl...), e.Nisba.FPl...)
		for _, n := range all {
			forms[strings.Join(strings.Fields(norm.FoldString(n)), " ")] = e.ID
		}
		if e.Kind != entities.Person {
			continue
		}
		handEnglish[englishKey(e.English)] = true
		for _, n := range e.Names {
			handKeys[e.Country+"|"+arabic.NameKey(n)] = true
		}
	}
	var report []string
	skip := func(h *holding, why string) { report = append(report, fmt.Sprintf("skip %s: %s", h, why)) }
	hs := readHoldings(hosHogFm, snaps)
	hand := handTerms(g)
	settleTerms(hs, hand)
	handItems := map[string]bool{} // state|class|item of the hand-written holders
	for k, ts := range hand {
		for _, t := range ts {
			if t.qid != "" {
				handItems[k+"|"+t.qid] = true
			}
		}
	}
	sortHoldings(hs)
	var out []*generated
	ids := map[string]int{}
	taken := map[string]string{} // folded full name -> country of the generated entry
	for _, h := range hs {
		if !h.recent() {
			continue
		}
		if !validDate(h.start) || (h.end != "" && !validDate(h.end)) {
			skip(h, fmt.Sprintf("odd dates %q..%q", h.start, h.end))
			continue
		}
		if h.end != "" && h.start != "" && !dateOrdered(h.start, h.end) {
			skip(h, "the end date is before the start")
			continue
		}
		if handEnglish[englishKey(h.personEn)] || handItems[h.iso2+"|"+h.class+"|"+h.qid] {
			skip(h, "in gazetteer.yaml")
			continue
		}
		var n arName
		label := false
		if len(h.nameAr) > 0 {
			if sn, err := spellName(tt, h.personEn, h.iso2); err == nil {
				n = sn
			}
			n.full, label = h.nameAr[0], true
		} else {
			sn, err := spellName(tt, h.personEn, h.iso2)
			if err != nil {
				skip(h, err.Error())
				continue
			}
			n = sn
		}
		if len(n.hand) > 0 && givenOnly(n.full, given) {
			// إبراهيم محمد صالح: a hand-spelt name made of given names
			// alone, an Arabic one among them, is many people's
			skip(h, "a hand-spelt name of given names only")
			continue
		}
		key := arabic.NameKey(n.full)
		if handKeys[h.iso2+"|"+key] {
			skip(h, sameArabicName)
			continue
		}
		clash := ""
		for _, v := range withGVariant(n.full) {
			folded := strings.Join(strings.Fields(norm.FoldString(v)), " ")
			if id, ok := forms[folded]; ok {
				clash = fmt.Sprintf("the Arabic name %s is a form of %s", v, id)
			} else if c, ok := taken[folded]; ok && c != h.iso2 {
				clash = fmt.Sprintf("the Arabic name %s is another state's official's", v)
			}
		}
		if clash != "" {
			skip(h, clash)
			continue
		}
		for _, v := range withGVariant(n.full) {
			taken[strings.Join(strings.Fields(norm.FoldString(v)), " ")] = h.iso2
		}
		if n.surname != "" && (dict.word(n.surname) || cliticForm(n.surname, forms) ||
			tt.people[arabic.NameKey(n.surname)] > maxSurnamePeople || surnameFirst[h.iso2] ||
			cities[lastLatinWord(h.personEn)] || len(n.unsure) > 0 || handGiven(n, given) || arabicGivenSurname(n.surname, given)) {
			// a surname that is a common word (جامع, سيما), a word with a
			// proclitic (كلاوس), many people's name (هنري), a city's name in
			// English (Muscat) or not the last word would be tagged wherever
			// that word stands; a transliterated spelling may be nobody's
			// way of writing the name, and a hand-spelt surname that is a
			// given name (صالح) is many people's: the full name only
			n.given, n.surname = "", ""
		}
		id := strings.ToLower(h.iso2) + "-" + slug(h.personEn) + "-" + map[string]string{
			"head_of_state": "hos", "head_of_government": "hog", "foreign_minister": "fm"}[h.class]
		ids[id]++
		if ids[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, ids[id])
		}
		out = append(out, &generated{id: id, h: h, name: n, fromLbl: label})
	}
	other, rep := otherOffices(g, hosHogFm.rows)
	return append(out, other...), append(report, rep...), nil
}

// wikidataItem finds the Wikidata item a hand-written entry's source names.
var wikidataItem = regexp.MustCompile(`\bWikidata (Q[0-9]+)`)

// handTerms are the tenures of the people gazetteer.yaml writes by hand,
// by state|office class, with the Wikidata item their source names and
// their English name: the holders the generated terms must follow and
// precede (settleTerms).
func handTerms(g *entities.Gazetteer) map[string][]namedTerm {
	class := map[string]string{}
	for c, slug := range officeSlug {
		class[slug] = c
	}
	out := map[string][]namedTerm{}
	for _, e := range g.ByKind(entities.Person) {
		c := class[e.Office]
		if strings.HasPrefix(e.Source, "gazetteer/") || c == "" || e.Country == "" || e.From.IsZero() {
			continue
		}
		t := namedTerm{term: term{start: e.From.Format("2006-01-02")}, person: englishKey(e.English)}
		if !e.To.IsZero() {
			t.end = e.To.Format("2006-01-02")
		}
		if m := wikidataItem.FindStringSubmatch(e.Provenance); m != nil {
			t.qid = m[1]
		}
		out[e.Country+"|"+c] = append(out[e.Country+"|"+c], t)
	}
	return out
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(nonSlug.ReplaceAllString(foldLatin(parenthetical.ReplaceAllString(s, "")), "-"), "-")
}

// genOfficials writes gazetteer/officials-REGION.yaml and a report.
func genOfficials(data, repo, dict, cities string, w io.Writer) error {
	plan, report, err := officialsPlan(data, repo, dict, cities)
	if err != nil {
		return err
	}
	for _, r := range regions {
		var buf bytes.Buffer
		writeOfficials(&buf, r.file, r.title, plan)
		path := filepath.Join(repo, "gazetteer", "officials-"+r.file+".yaml")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("officials: %w", err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("officials: %w", err)
		}
	}
	sort.Strings(report)
	for _, r := range report {
		fmt.Fprintln(w, r)
	}
	label := 0
	for _, g := range plan {
		if g.fromLbl {
			label++
		}
	}
	fmt.Fprintf(w, "officials: %d entries written (%d with Wikidata's Arabic label, %d spelled from checked name tokens), %d skipped\n",
		len(plan), label, len(plan)-label, len(report))
	cov := coverage(plan, repo)
	fmt.Fprintln(w, cov)
	return nil
}

// writeOfficials renders the entries of one region.
func writeOfficials(b *bytes.Buffer, region, title string, plan []*generated) {
	fmt.Fprintf(b, "# Officials of %s: heads of state, heads of government and foreign ministers\n", title)
	fmt.Fprintf(b, "# in office since %s, from Wikidata (CC0) as published by the every-politician\n", officialsSince)
	b.WriteString(`# scrapers (data to early 2023). GENERATED by "go run ./internal/peoplegen officials":
# do not edit; to correct or update a person, add an entry to gazetteer.yaml (a person
# there is never generated here, but for its other offices) or change the generator.
#
# A person of gazetteer.yaml has one entry there; the other offices the
# table gives them (another office, or the same one at another time) are
# entries here, with the names of gazetteer.yaml and its English name, so
# that the tenure rule knows them ("Arabic: gazetteer.yaml ID").
#
# source: the Wikidata item of the person; "Arabic: label" = Wikidata's Arabic label,
# "Arabic: tokens" = spelled token by token from the Arabic spellings Wikidata's people
# carry, each checked to fit the Latin token's consonants. A token Wikidata's labels do
# not spell is taken from internal/peoplegen/handtokens.tsv and named in the source:
# "as Arabic news writes, unchecked: X" = the spelling Arabic news gives that person, added
# by hand from news usage and checked against no data; "as Arabic news writes, as
# Wikidata spells a like name: X" = the same, and Wikidata's labels spell a like name
# (another romanisation of it) so; "UNSURE, transliterated: X" = spelled
# from the Latin letters and checked against no Arabic source: such an entry has its
# full name only (no given name or surname alone). "to" given as the successor's
# start, the month last seen in office, or the end of the same office in another state
# (the Commonwealth realms' monarch) when the source has no end date.
# Holders after early 2023 are not here: gazetteer.yaml has them.

people:
`)
	n := 0
	for _, g := range plan {
		if regionOf(g.h.iso2) != region {
			continue
		}
		n++
		h := g.h
		if g.hand != nil {
			writeOtherOffice(b, g)
			continue
		}
		fmt.Fprintf(b, "  - id: %s\n", g.id)
		fmt.Fprintf(b, "    en: %s\n", yamlScalar(h.personEn))
		fmt.Fprintf(b, "    country: %s\n", h.iso2)
		fmt.Fprintf(b, "    office: %s\n", officeSlug[h.class])
		fmt.Fprintf(b, "    names: [%s]\n", yamlList(withGVariant(g.name.full)))
		if g.name.given != "" && g.name.surname != "" && strings.Contains(g.name.full, g.name.given) && strings.Contains(g.name.full, g.name.surname) {
			fmt.Fprintf(b, "    given: [%s]\n", yamlList(withGVariant(g.name.given)))
			fmt.Fprintf(b, "    surname: [%s]\n", yamlList(withGVariant(g.name.surname)))
		}
		if h.start != "" {
			fmt.Fprintf(b, "    from: %s\n", quoteDate(h.start))
		}
		fmt.Fprintf(b, "    to: %s\n", quoteDate(h.end))
		how := "tokens"
		if g.fromLbl {
			how = "label"
		}
		src := fmt.Sprintf("Wikidata %s; Arabic: %s", h.qid, how)
		if checked := g.name.checked; len(checked) > 0 {
			src += "; as Arabic news writes, as Wikidata spells a like name: " + strings.Join(checked, ", ")
		}
		if sure := without(without(g.name.hand, g.name.unsure), g.name.checked); len(sure) > 0 {
			src += "; as Arabic news writes, unchecked: " + strings.Join(sure, ", ")
		}
		if len(g.name.unsure) > 0 {
			src += "; UNSURE, transliterated: " + strings.Join(g.name.unsure, ", ")
		}
		if h.endInferred != "" {
			src += "; to: " + h.endInferred
		}
		fmt.Fprintf(b, "    source: %s\n", yamlScalar(src))
	}
	if n == 0 {
		b.Reset()
		fmt.Fprintf(b, "# Officials of %s: none generated.\npeople:\n", title)
	}
}

// writeOtherOffice renders another office of a person of gazetteer.yaml.
func writeOtherOffice(b *bytes.Buffer, g *generated) {
	h, e := g.h, g.hand
	fmt.Fprintf(b, "  - id: %s\n", g.id)
	fmt.Fprintf(b, "    en: %s\n", yamlScalar(e.English))
	fmt.Fprintf(b, "    country: %s\n", h.iso2)
	fmt.Fprintf(b, "    office: %s\n", officeSlug[h.class])
	fmt.Fprintf(b, "    names: [%s]\n", yamlList(e.Names))
	if len(e.Given) > 0 {
		fmt.Fprintf(b, "    given: [%s]\n", yamlList(e.Given))
	}
	if len(e.Surname) > 0 {
		fmt.Fprintf(b, "    surname: [%s]\n", yamlList(e.Surname))
	}
	fmt.Fprintf(b, "    from: %s\n", quoteDate(h.start))
	fmt.Fprintf(b, "    to: %s\n", quoteDate(h.end))
	fmt.Fprintf(b, "    source: %s\n", yamlScalar(fmt.Sprintf("Wikidata %s; Arabic: gazetteer.yaml %s", h.qid, e.ID)))
}

func quoteDate(d string) string {
	if d == "" {
		return `""`
	}
	return `"` + d + `"`
}

// yamlScalar quotes a scalar when YAML would read it as something else.
func yamlScalar(s string) string {
	if strings.ContainsAny(s, ",:#[]{}&*!|>'\"%@`") || strings.TrimSpace(s) != s || s == "" {
		return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
	}
	return s
}

// coverage tells, for the UN members, which offices have a holder with no
// end date in the hand-written or generated gazetteer.
func coverage(plan []*generated, repo string) string {
	open := map[string]bool{}
	for _, g := range plan {
		if g.h.end == "" {
			open[g.h.iso2+"|"+officeSlug[g.h.class]] = true
		}
	}
	if g, err := handGazetteer(repo); err == nil {
		for _, e := range g.ByKind(entities.Person) {
			if e.To.IsZero() && !strings.HasPrefix(e.Source, "gazetteer/") {
				open[e.Country+"|"+e.Office] = true
			}
		}
	}
	var missing []string
	total, have := 0, 0
	for _, s := range unMembers() {
		for _, o := range []string{"head-of-state", "head-of-government", "foreign-minister"} {
			total++
			if open[s+"|"+o] {
				have++
			} else {
				missing = append(missing, s+" "+o)
			}
		}
	}
	return fmt.Sprintf("coverage: %d of %d UN-member offices (193 states x head of state, head of government, foreign minister) have an open-ended holder; without one: %s",
		have, total, strings.Join(missing, ", "))
}

// handGazetteer parses gazetteer.yaml without the generated files it
// includes (as if they were empty).
func handGazetteer(repo string) (*entities.Gazetteer, error) {
	main, err := os.ReadFile(filepath.Join(repo, "gazetteer.yaml"))
	if err != nil {
		return nil, fmt.Errorf("hand-written gazetteer: %w", err)
	}
	fsys := fstest.MapFS{"gazetteer.yaml": {Data: main}}
	for _, r := range regions {
		fsys["gazetteer/officials-"+r.file+".yaml"] = &fstest.MapFile{Data: []byte("people:\n")}
	}
	g, err := entities.ParseFS(fsys, "gazetteer.yaml")
	if err != nil {
		return nil, fmt.Errorf("hand-written gazetteer: %w", err)
	}
	return g, nil
}

// dateOrdered reports whether start <= end as the loader reads them (a
// shorter date is the first day of its year or month).
func dateOrdered(start, end string) bool {
	return padded(start) <= padded(end)
}

var datePattern = regexp.MustCompile(`^(19|20)\d\d(-[01]\d(-[0-3]\d)?)?$`)

// validDate accepts the dates the loader accepts, from 1900 on ("" too:
// an unknown start).
func validDate(d string) bool { return d == "" || datePattern.MatchString(d) }

// cliticForm reports whether word, read as proclitics + stem, is a form of
// another entity (كلاوس = ك + لاوس, Laos).
func cliticForm(word string, forms map[string]string) bool {
	f := arabic.Default().FoldString(word)
	if _, ok := forms[f]; ok {
		return true
	}
	for _, sp := range arabic.Splits(f) {
		if _, ok := forms["ال"+sp.Stem]; ok && sp.Article {
			return true
		}
		if _, ok := forms[sp.Stem]; ok {
			return true
		}
	}
	return false
}

// surnameFirst are the states whose officials' names put the family name
// first (Lai Ching-te, Hun Sen) or have none (Myanmar).
var surnameFirst = map[string]bool{"CN": true, "TW": true, "KP": true, "KR": true, "VN": true, "KH": true, "MM": true, "MN": true}

// lastLatinWord is the last word of a Latin name, folded, without a
// parenthetical.
func lastLatinWord(s string) string {
	f := strings.Fields(strings.ReplaceAll(parenthetical.ReplaceAllString(s, ""), "-", " "))
	if len(f) == 0 {
		return ""
	}
	return foldLatin(f[len(f)-1])
}

// withGVariant returns the name and, when it writes a g as غ, the same name
// with ج: the two conventions of Arabic news for a foreign g (جونغ, جونج).
func withGVariant(name string) []string {
	if !strings.Contains(name, "غ") {
		return []string{name}
	}
	return []string{name, strings.ReplaceAll(name, "غ", "ج")}
}

func yamlList(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = yamlScalar(it)
	}
	return strings.Join(out, ", ")
}

// handGiven reports whether n's surname was spelt by hand and is a given
// name of the lexicon (Solih صالح, Yaakob يعقوب): as a surname alone it
// would name many people.
func handGiven(n arName, given *entities.GivenNames) bool {
	if len(n.hand) == 0 || n.surname == "" {
		return false
	}
	for _, w := range strings.Fields(n.surname) {
		if _, ok := given.Lookup(w); ok {
			return true
		}
	}
	return false
}

// arabicGivenSurname says whether a surname is, as a whole, an Arabic
// given name: one of the lexicon, or a compound of عبد (عبد العزيز in محمد
// ولد عبد العزيز, a father's name): written alone it is as often anybody's
// given name (الأمير عبد العزيز بن سلمان).
func arabicGivenSurname(surname string, given *entities.GivenNames) bool {
	if f := strings.Fields(surname); len(f) == 2 && (f[0] == "عبد" || f[0] == "عبد ال") || strings.HasPrefix(surname, "عبدال") {
		return true
	}
	info, ok := given.Lookup(surname)
	return ok && info.Arabic
}

// without returns the items of list that are not in drop.
func without(list, drop []string) []string {
	var out []string
	for _, x := range list {
		if !contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// givenOnly reports whether every word of name is a given name of the
// lexicon (name particles aside), one of them an Arabic one: a name many
// people carry in Arabic news (كيري سيموندز is not).
func givenOnly(name string, given *entities.GivenNames) bool {
	n, arab := 0, false
	for _, w := range strings.Fields(name) {
		switch w {
		case "بن", "بنت", "ولد", "أبو", "عبد":
			continue
		}
		info, ok := given.Lookup(w)
		if !ok {
			return false
		}
		arab = arab || info.Arabic
		n++
	}
	return n > 0 && arab
}
