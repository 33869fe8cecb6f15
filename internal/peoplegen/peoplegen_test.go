package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// dataDir is where the source tables are when the evaluation data is
// beside the repository; tests that need them skip otherwise.
func dataDir(t *testing.T) string {
	t.Helper()
	d := filepath.Join("..", "..", "..", "shared", "data", "people")
	if _, err := os.Stat(filepath.Join(d, "officials_hos_hog_fm.tsv")); err != nil {
		t.Skip("source tables not present")
	}
	if _, err := os.Stat("/usr/share/hunspell/ar.dic"); err != nil {
		t.Skip("hunspell-ar not installed: /usr/share/hunspell/ar.dic is missing (apt-get install hunspell-ar; .ci/run installs it)")
	}
	return d
}

func TestSpellingFits(t *testing.T) {
	fits := []struct{ lat, ar string }{
		{"Mogherini", "موغيريني"}, {"Thompson", "تومسون"}, {"Didier", "ديدييه"}, {"Werner", "فيرنر"},
		{"Sonja", "سونيا"}, {"José", "خوسيه"}, {"Laurent", "لوران"}, {"Nicolas", "نيكولا"}, {"Zayani", "الزياني"}, {"Hu", "هو"}, {"Xhaçka", "تشاكا"},
	}
	for _, tt := range fits {
		assert.True(t, spellingFits(tt.lat, tt.ar), "%s %s", tt.lat, tt.ar)
	}
	misfits := []struct{ lat, ar string }{
		{"Abdallah", "عبد"}, {"Mohammedi", "السعيد"}, {"Guillaume", "ويليام"}, {"Dačić", "داتفتشك"},
		{"Hassanal", "حسن"}, {"Noureddine", "نور"},
	}
	for _, tt := range misfits {
		assert.False(t, spellingFits(tt.lat, tt.ar), "%s %s", tt.lat, tt.ar)
	}
}

func testTokens() *tokenTable {
	rows := `token_latin	token_ar	count
tamim	تميم	10
hamad	حمد	40
thani	ثاني	12
nouri	نوري	9
maliki	مالكي	3
aziz	عزيز	30
mohammed	محمد	297
zayani	الزياني	2
albert	ألبرت	40
abdallah	عبد	4
`
	tb, err := parseTSV(strings.NewReader(rows), "t.tsv")
	if err != nil {
		panic(err)
	}
	return newTokenTable(tb)
}

func TestSpellName(t *testing.T) {
	tt := testTokens()
	tests := []struct{ person, iso2, full, given, surname string }{
		{"Sheikh Tamim bin Hamad Al Thani", "QA", "تميم بن حمد آل ثاني", "تميم", "آل ثاني"},
		{"Nouri al-Maliki", "IQ", "نوري المالكي", "نوري", "المالكي"},
		{"Mohammed Abdul Aziz", "SA", "محمد عبد العزيز", "محمد", "عبد العزيز"},
		{"Abdallah Al Zayani", "BH", "عبد الله الزياني", "عبد الله", "الزياني"},
		{"Albert II of Belgium", "BE", "ألبرت الثاني", "ألبرت", ""},
	}
	for _, tc := range tests {
		t.Run(tc.person, func(t *testing.T) {
			n, err := spellName(tt, tc.person, tc.iso2)
			require.NoError(t, err)
			assert.Equal(t, tc.full, n.full)
			assert.Equal(t, tc.given, n.given)
			assert.Equal(t, tc.surname, n.surname)
		})
	}
	for _, bad := range []string{"Tamim Unknownname", "Abdallahi Mohammed"} {
		_, err := spellName(tt, bad, "QA")
		assert.Error(t, err, bad)
	}
}

func TestMeasureKeysFixture(t *testing.T) {
	rows := []map[string]string{
		{"token_latin": "perez", "token_ar": "بيريز"},
		{"token_latin": "pérez", "token_ar": "بيريث"},
		{"token_latin": "lavrov", "token_ar": "لافروف"},
		{"token_latin": "lavrov", "token_ar": "لافروف"},
		{"token_latin": "lafrof", "token_ar": "لافروف"},
		{"token_latin": "sergei", "token_ar": "سيرجي"},
		{"token_latin": "sergey", "token_ar": "سيرغي"},
		{"token_latin": "samir", "token_ar": "سمير"},
		{"token_latin": "shamir", "token_ar": "شامير"},
	}
	reps := measureKeys(rows)
	byName := map[string]keyReport{}
	for _, r := range reps {
		byName[r.grouping+" "+r.key] = r
	}
	s := byName["strict SameName"]
	assert.Equal(t, 1, s.pairs, "perez/pérez is the one strict pair")
	assert.Equal(t, 1, s.recallHit)
	l := byName["loose SameName"]
	assert.Equal(t, 2, l.pairs, "and sergei/sergey when y is i")
	assert.Equal(t, 2, l.recallHit)
	assert.Equal(t, 0, byName["loose NameKey"].falseMerges, "س and ش are different classes")
	assert.Equal(t, 1, byName["loose SameName"].falseMerges, "سمير/شامير: Samir and Shamir are merged")
	assert.Equal(t, 2, byName["strict SameName"].falseMerges, "and, strictly, Sergei/Sergey too")
}

// TestMeasureLongVowelFixture: the long-vowel key joins spellings that
// differ by a long vowel inside, counts by skeleton length, and counts a
// short collision of two names (Karim, Karam) as a false merge.
func TestMeasureLongVowelFixture(t *testing.T) {
	rows := []map[string]string{
		{"token_latin": "macron", "token_ar": "ماكرون"},
		{"token_latin": "makron", "token_ar": "ماكرن"},
		{"token_latin": "karim", "token_ar": "كريم"},
		{"token_latin": "karam", "token_ar": "كرم"},
		{"token_latin": "lavrov", "token_ar": "لافروف"},
		{"token_latin": "lavrovv", "token_ar": "لافرون"},
	}
	var lv keyReport
	for _, r := range measureKeys(rows) {
		if r.grouping == "loose" && r.key == "LongVowel" {
			lv = r
		}
	}
	assert.Equal(t, 2, lv.pairs, "macron/makron and lavrov/lavrovv are one name each")
	assert.Equal(t, 1, lv.recallHit, "ماكرون/ماكرن joined, لافروف/لافرون not (a consonant differs)")
	assert.Equal(t, [4]int{1, 0, 4, 0}, lv.byLength[4], "four letters (مكرن, لفرف, لفرن): one true pair, four spellings")
	assert.Equal(t, 1, lv.falseMerges, "كريم/كرم")
	assert.Equal(t, [4]int{0, 1, 2, 2}, lv.byLength[3], "a three-letter skeleton: both spellings merged with another name")
}

// TestKeysOnRealVariation reports the figures on the token table and
// keeps a floor.
func TestKeysOnRealVariation(t *testing.T) {
	d := dataDir(t)
	tb, err := readTSV(filepath.Join(d, "wikidata_en_ar_person_name_tokens.tsv"))
	require.NoError(t, err)
	for _, r := range measureKeys(tb.rows) {
		t.Log(r)
		if r.key == "SameName" && r.grouping == "strict" {
			assert.GreaterOrEqual(t, float64(r.recallHit)/float64(r.pairs), 0.6)
			n := float64(r.spellings)
			assert.Less(t, float64(r.falseMerges)/(n*(n-1)/2), 1e-3)
		}
		if r.key == "LongVowel" && r.grouping == "strict" {
			// a long vowel alone is a precise test: a tenth of
			// SameName's false merges, and short skeletons are where
			// they are (the checker trusts three letters only where a
			// name stands)
			n := float64(r.spellings)
			assert.Less(t, float64(r.falseMerges)/(n*(n-1)/2), 1e-4)
			share := func(l int) float64 { return float64(r.byLength[l][3]) / float64(max(r.byLength[l][2], 1)) }
			assert.Greater(t, share(3), 2*share(5), "three letters collide far more than five")
			assert.Less(t, share(6), 0.2)
		}
	}
}

// TestGeneratedFilesAgree: the committed officials and lexicon are what
// the generator makes from the tables.
func TestGeneratedFilesAgree(t *testing.T) {
	d := dataDir(t)
	repo := filepath.Join("..", "..")
	tmp := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(tmp, "entities"), 0o755))
	main, err := os.ReadFile(filepath.Join(repo, "gazetteer.yaml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "gazetteer.yaml"), main, 0o644))
	var out bytes.Buffer
	cities := filepath.Join(d, "..", "cldr-timezone-cities", "timeZoneNames-ar.json")
	require.NoError(t, genOfficials(d, tmp, "/usr/share/hunspell/ar.dic", cities, &out))
	require.NoError(t, genLexicon(d, tmp, "/usr/share/hunspell/ar.dic", false, &out))
	require.NoError(t, genSurnames(d, tmp, "/usr/share/hunspell/ar.dic", &out))
	files, _ := filepath.Glob(filepath.Join(tmp, "gazetteer", "*.yaml"))
	files = append(files, filepath.Join(tmp, "entities", "givennames.tsv"), filepath.Join(tmp, "entities", "nametokens.txt"))
	require.NotEmpty(t, files)
	for _, f := range files {
		rel, _ := filepath.Rel(tmp, f)
		want, err := os.ReadFile(filepath.Join(repo, rel))
		require.NoError(t, err, rel)
		got, _ := os.ReadFile(f)
		assert.True(t, bytes.Equal(want, got), "%s differs from the generator's output: run go run ./internal/peoplegen all", rel)
	}
}

// TestOtherOffices: a hand-written person's tenures in the table become
// entries with the hand-written names when they do not overlap the
// hand-written tenure (a hand-over of a day is no overlap); a tenure at
// the same time as the hand-written one, deputies, and people of another
// state are left out.
func TestOtherOffices(t *testing.T) {
	hand, err := entities.Parse(strings.NewReader(`countries:
  - id: RU
    en: Russia
    names: [روسيا]
    nisba: [روسي]
people:
  - id: ru-putin
    en: Vladimir Putin
    country: RU
    office: head-of-state
    names: [فلاديمير بوتين]
    given: [فلاديمير]
    surname: [بوتين]
    from: 2012-05-07
    to: ""
`), "gazetteer.yaml")
	require.NoError(t, err)
	row := func(iso2, class, person, start, end string) map[string]string {
		return map[string]string{"iso2": iso2, "office_class": class, "person_en": person, "person_qid": "Q7747",
			"start": start, "end": end, "position_en": "x", "source": "test"}
	}
	rows := []map[string]string{
		row("RU", "head_of_state", "Vladimir Putin", "2000-05-07", "2008-05-07"),
		row("RU", "head_of_state", "Vladimir Putin", "2012-05-07", ""),                // the hand-written tenure
		row("RU", "head_of_government", "Vladimir Putin", "2008-05-08", "2012-05-07"), // ends the day the next begins
		row("RU", "head_of_government", "Vladimir Putin", "2008-05-08", "2012-05-07"), // a duplicate row
		row("RU", "deputy_head", "Vladimir Putin", "1999-08-09", "1999-08-16"),        // not an office of the gazetteer
		row("BY", "head_of_government", "Vladimir Putin", "2001-01-01", "2002-01-01"), // another state
		row("RU", "foreign_minister", "Vladimir Putin", "2013-01-01", "2014-01-01"),   // during the hand-written tenure
	}
	got, report := otherOffices(hand, rows)
	var ids []string
	for _, g := range got {
		ids = append(ids, g.id)
		assert.Equal(t, "ru-putin", g.hand.ID)
	}
	assert.Equal(t, []string{"ru-putin-hog-2008", "ru-putin-hos-2000"}, ids)
	require.Len(t, report, 1)
	assert.Contains(t, report[0], "overlaps ru-putin")
	var b bytes.Buffer
	writeOtherOffice(&b, got[0])
	assert.Equal(t, `  - id: ru-putin-hog-2008
    en: Vladimir Putin
    country: RU
    office: head-of-government
    names: [فلاديمير بوتين]
    given: [فلاديمير]
    surname: [بوتين]
    from: "2008-05-08"
    to: "2012-05-07"
    source: "Wikidata Q7747; Arabic: gazetteer.yaml ru-putin"
`, b.String())
}

// TestOfficialsCoverage audits the gazetteer against the tables: of the
// people who held the office of head of state, head of government or
// foreign minister of a UN member on the tables' last date, how many have
// an entry. Each one without is listed with the generator's reason, so
// that a gap is always explained; the floor is the figure measured when
// the hand spellings were added.
func TestOfficialsCoverage(t *testing.T) {
	d := dataDir(t)
	repo := filepath.Join("..", "..")
	var out bytes.Buffer
	cities := filepath.Join(d, "..", "cldr-timezone-cities", "timeZoneNames-ar.json")
	require.NoError(t, printCoverage(d, repo, "/usr/share/hunspell/ar.dic", cities, &out))
	t.Log(out.String())
	plan, report, err := officialsPlan(d, repo, "/usr/share/hunspell/ar.dic", cities)
	require.NoError(t, err)
	hosHogFm, err := readTSV(filepath.Join(d, "officials_hos_hog_fm.tsv"))
	require.NoError(t, err)
	snaps, err := readTSV(filepath.Join(d, "officials_world_snapshots_2021_2022.tsv"))
	require.NoError(t, err)
	r, err := officialsCoverage(d, repo, skipReasons(plan, report, readHoldings(hosHogFm, snaps)))
	require.NoError(t, err)
	assert.GreaterOrEqual(t, r.Current, 490, "the tables' office holders at their last date")
	assert.GreaterOrEqual(t, r.Covered, 475, "office holders with an entry")
	for _, h := range r.Missing {
		assert.NotEmpty(t, r.Why[h], "%s is missing without a reason", h)
	}
}

// TestHandTokens: a spelling of handtokens.tsv is used only for a token
// the Wikidata table lacks, must fit the token's consonants, and marks the
// name (sure from news, checked when the table spells a like name so,
// unsure when transliterated); a transliterated surname does not stand
// alone.
func TestHandTokens(t *testing.T) {
	tt := testTokens()
	hand, err := parseTSV(strings.NewReader("token_latin\ttoken_ar\tbasis\tchecked\n"+
		"zelenskyy\tزيلينسكي\tnews\ttokens: zielinski\n"+
		"shmyhal\tشميهال\ttranslit\tunchecked\n"+
		"hamad\tحماد\tnews\tunchecked\n"+ // the table spells Hamad: this row is never read
		"kuleba\tبوتين\tnews\tunchecked\n"+ // a typo: the consonants do not fit
		"amirabdollahian\tأمير عبد اللهيان\tnews\tunchecked\n"), "hand.tsv")
	require.NoError(t, err)
	require.NoError(t, tt.addHand(hand))

	n, err := spellName(tt, "Albert Zelenskyy", "UA")
	require.NoError(t, err)
	assert.Equal(t, "ألبرت زيلينسكي", n.full)
	assert.Equal(t, []string{"Zelenskyy"}, n.hand)
	assert.Equal(t, []string{"Zelenskyy"}, n.checked)
	assert.Empty(t, n.unsure)

	n, err = spellName(tt, "Albert Shmyhal", "UA")
	require.NoError(t, err)
	assert.Equal(t, []string{"Shmyhal"}, n.unsure)
	assert.Empty(t, n.checked)

	n, err = spellName(tt, "Hamad Amirabdollahian", "IR")
	require.NoError(t, err)
	assert.Equal(t, "حمد أمير عبد اللهيان", n.full, "the table's Hamad, the hand's several words")
	assert.Empty(t, n.checked, "a news spelling no data attests")

	_, err = spellName(tt, "Albert Kuleba", "UA")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does not fit")

	_, err = spellName(tt, "Albert Bolsonaro", "BR")
	require.Error(t, err, "a token in neither table")

	for _, bad := range []string{
		"token_latin\ttoken_ar\tbasis\tchecked\nx\tس\tguess\tunchecked\n",
		"token_latin\ttoken_ar\tbasis\tchecked\nx\tس\tnews\tunchecked\nX\tص\tnews\tunchecked\n",
		"token_latin\ttoken_ar\tbasis\tchecked\nx\tس\tnews\tfrom memory\n",   // neither unchecked nor data
		"token_latin\ttoken_ar\tbasis\tchecked\nx\tس\ttranslit\ttokens: s\n", // a transliteration checks nothing
		"token_latin\ttoken_ar\tbasis\nx\tس\tnews\n",                         // no checked column
	} {
		tb, err := parseTSV(strings.NewReader(bad), "bad.tsv")
		require.NoError(t, err)
		assert.Error(t, testTokens().addHand(tb), bad)
	}
}

// TestHandTokensChecked: each news spelling of handtokens.tsv marked
// checked is what the Wikidata token table says: the Latin tokens it names
// are spelt so there (one of their spellings; "al" is the article, joined
// to the next word), word by word in order. A spelling the table
// contradicts (Xhaçka: the table spells Xhaka جاكا) is corrected, not
// marked.
func TestHandTokensChecked(t *testing.T) {
	d := dataDir(t)
	tokens, err := readTSV(filepath.Join(d, "wikidata_en_ar_person_name_tokens.tsv"))
	require.NoError(t, err)
	spellings := map[string][]string{}
	norm := arabic.Default()
	fold := func(s string) string { return strings.Join(strings.Fields(norm.FoldString(s)), " ") }
	for _, r := range tokens.rows {
		lat := foldLatin(r["token_latin"])
		spellings[lat] = append(spellings[lat], fold(r["token_ar"]))
	}
	spellings["al"] = append(spellings["al"], "ال")
	// attested says whether the words ws spell the tokens lats in order
	// ("al" joins the next word).
	var attested func(ws string, lats []string) bool
	attested = func(ws string, lats []string) bool {
		if len(lats) == 0 {
			return ws == ""
		}
		for _, sp := range spellings[lats[0]] {
			rest, ok := strings.CutPrefix(ws, sp)
			if !ok {
				continue
			}
			if lats[0] != "al" {
				if rest != "" && !strings.HasPrefix(rest, " ") {
					continue
				}
				rest = strings.TrimPrefix(rest, " ")
			}
			if attested(rest, lats[1:]) {
				return true
			}
		}
		return false
	}
	hand, err := parseTSV(bytes.NewReader(handTokens), "handtokens.tsv")
	require.NoError(t, err)
	var checked, unchecked int
	for _, r := range hand.rows {
		if r["basis"] != "news" {
			continue
		}
		ev, ok := strings.CutPrefix(r["checked"], handEvidence)
		if !ok {
			unchecked++
			continue
		}
		checked++
		lats := strings.Split(ev, " + ")
		for i := range lats {
			lats[i] = foldLatin(lats[i])
		}
		assert.True(t, attested(fold(r["token_ar"]), lats), "%s %s: the table does not spell %s so", r["token_latin"], r["token_ar"], ev)
	}
	t.Logf("news spellings: %d checked against the Wikidata table, %d unchecked", checked, unchecked)
	assert.GreaterOrEqual(t, checked, 20)
}

// TestHandTokensFile: every spelling of the committed handtokens.tsv fits
// its Latin token (a typo is caught here, not left out in silence).
func TestHandTokensFile(t *testing.T) {
	tb, err := parseTSV(bytes.NewReader(handTokens), "handtokens.tsv")
	require.NoError(t, err)
	tt := &tokenTable{ar: map[string]string{}, count: map[string]int{}, people: map[string]int{}}
	require.NoError(t, tt.addHand(tb))
	for _, r := range tb.rows {
		var n arName
		_, err := tt.spell(r["token_latin"], &n)
		assert.NoError(t, err, r["token_latin"])
	}
}

// TestYeismo: a Spanish ll between vowels may be written ي, in the names of
// Spanish-speaking states' officials only.
func TestYeismo(t *testing.T) {
	rows := "token_latin\ttoken_ar\tcount\nguillermo\tغييرمو\t5\nlasso\tلاسو\t3\n"
	tb, err := parseTSV(strings.NewReader(rows), "t.tsv")
	require.NoError(t, err)
	tt := newTokenTable(tb)
	n, err := spellName(tt, "Guillermo Lasso", "EC")
	require.NoError(t, err)
	assert.Equal(t, "غييرمو لاسو", n.full)
	_, err = spellName(tt, "Guillermo Lasso", "GB")
	assert.Error(t, err, "not read as y outside the Spanish-speaking states")
	assert.Equal(t, "", yeismo("Marshall"), "ll not between vowels")
	assert.Equal(t, "guiyermo", yeismo("Guillermo"))
}

// TestCoOfficeEnds: an office held together with the same office of
// another state ends with it when the source gives that end; an open
// office of the same person elsewhere does not end another.
func TestCoOfficeEnds(t *testing.T) {
	hs := []*holding{
		{iso2: "GB", class: "head_of_state", qid: "Q1", position: "Monarch of the UK", start: "1952-02-06", end: "2022-09-08"},
		{iso2: "CA", class: "head_of_state", qid: "Q1", position: "Monarch of Canada", start: "1952-02-06"},
		{iso2: "FR", class: "head_of_state", qid: "Q2", position: "President", start: "2017-05-14"},
		{iso2: "AD", class: "head_of_state", qid: "Q2", position: "Co-Prince", start: "2017-05-14"},
		{iso2: "XX", class: "head_of_state", qid: "Q3", position: "P", start: "2001", end: "2005"},
		{iso2: "YY", class: "head_of_state", qid: "Q3", position: "P", start: "2010"}, // begun after the other ended
	}
	inferEnds(hs)
	assert.Equal(t, "2022-09-08", hs[1].end)
	assert.Equal(t, "ended with the office in GB", hs[1].endInferred)
	assert.Empty(t, hs[3].end)
	assert.Empty(t, hs[5].end)
}

// TestHandSources: every person written by hand in gazetteer.yaml says
// where its facts come from: a Wikidata item of the officials' tables
// ("Wikidata Q… (officials_hos_hog_fm: head_of_state); Arabic: hand": the
// tables give that item that office in that state; "(the person, …; this
// office by hand)": the tables give the item in that state, the office is
// written by hand), or "hand" (an office the tables do not hold, a holder
// after their last date). Its Arabic is by hand either way, so no such
// entry is a generated reference entry.
func TestHandSources(t *testing.T) {
	d := dataDir(t)
	g, err := handGazetteer(filepath.Join("..", ".."))
	require.NoError(t, err)
	type key struct{ qid, iso2, class string }
	have := map[key]bool{}
	for _, name := range []string{"officials_hos_hog_fm.tsv", "officials_world_snapshots_2021_2022.tsv"} {
		tb, err := readTSV(filepath.Join(d, name))
		require.NoError(t, err)
		for _, r := range tb.rows {
			have[key{r["person_qid"], r["iso2"], r["office_class"]}] = true
			have[key{r["person_qid"], r["iso2"], ""}] = true
		}
	}
	src := regexp.MustCompile(`^Wikidata (Q[0-9]+) \((?:the person, in )?(?:officials_hos_hog_fm|officials_world_snapshots_2021_2022)(?:: ([a-z_]+)| as [a-z_]+; this office by hand)`)
	var fromTables, byHand int
	for _, e := range g.ByKind(entities.Person) {
		if strings.HasPrefix(e.Source, "gazetteer/") {
			continue
		}
		require.NotEmpty(t, e.Provenance, "%s has no source", e.ID)
		assert.False(t, e.Reference(), "%s: its Arabic is by hand", e.ID)
		if e.Provenance == "hand" || strings.HasPrefix(e.Provenance, "hand:") {
			byHand++
			continue
		}
		m := src.FindStringSubmatch(e.Provenance)
		if m == nil {
			// the person's item from elsewhere, the office's dates by hand
			assert.Regexp(t, `^Wikidata Q[0-9]+ \(the person\); the office's dates by hand; Arabic: hand$`, e.Provenance, e.ID)
			continue
		}
		fromTables++
		assert.True(t, have[key{m[1], e.Country, m[2]}], "%s: the tables do not give %s %s %s", e.ID, m[1], e.Country, m[2])
	}
	t.Logf("hand-written people: %d with their Wikidata item from the tables, %d by hand", fromTables, byHand)
	assert.GreaterOrEqual(t, fromTables, 160)
}
