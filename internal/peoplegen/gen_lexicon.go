package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// notNames are words that are never given names, whatever a name list says:
// titles, honorifics and offices (أمير and أمين are names too, but in news
// they are titles), the Gregorian and Syriac month names (Hijri months that
// are common given names, رجب رمضان شعبان, stay), and the parts of
// compound names and kinship words that are not names on their own.
var notNames = strings.Fields(`
ملك ملكة أمير أميرة رئيس رئيسة وزير وزيرة شيخ شيخة سلطان سلطانة إمام أمين أمينة سفير سفيرة نائب نائبة
قائد مستشار مستشارة مدير مديرة حاكم ولي عاهل سمو معالي فخامة سعادة جلالة دولة سيد سيدة دكتور دكتورة
مهندس لواء عميد عقيد فريق مشير جنرال بابا كاردينال مطران حاج حاجة أستاذ أستاذة قاضي مبعوث مندوب قنصل
محافظ عمدة والي الأب أب أخ أخت عم خال متحدث ناطق سيناتور نقيب رائد ملازم أدميرال بطريرك حبر مفتي
آية حجة خادم صاحب المعظم
يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت
محرم صفر جمادى القعدة الحجة
عبد أبو أبي ابن بن بنت آل ولد أم ذو ذي
`)

// lexEntry is one given name of the lexicon.
type lexEntry struct {
	name    string
	arabic  bool // in the list of Arabic given names
	foreign bool // a foreign given name's Arabic form
	people  int  // Wikidata people carrying the foreign form
	word    bool // also a common word (hunspell-ar's nouns, adjectives, verbs)
}

// lexiconPlan builds the lexicon and reports what was left out.
func lexiconPlan(data, dictPath string) ([]*lexEntry, map[string]int, map[string][]string, error) {
	dict, err := readDictionary(dictPath)
	if err != nil {
		return nil, nil, nil, err
	}
	arNames, err := readTSV(filepath.Join(data, "arabic_given_names.tsv"))
	if err != nil {
		return nil, nil, nil, err
	}
	foreign, err := readTSV(filepath.Join(data, "foreign_given_names_ar.tsv"))
	if err != nil {
		return nil, nil, nil, err
	}
	norm := arabic.Default()
	never := map[string]bool{}
	for _, w := range notNames {
		never[norm.FoldString(w)] = true
	}
	dropped := map[string]int{}
	droppedWords := map[string][]string{}
	entries := map[string]*lexEntry{}
	get := func(f string) *lexEntry {
		e := entries[f]
		if e == nil {
			e = &lexEntry{name: f}
			entries[f] = e
		}
		return e
	}
	// usable applies the filters every source shares; a name of the Arabic
	// list may also be a function word once folded (علي and على).
	usable := func(f string, arabicList bool) bool {
		switch {
		case strings.ContainsAny(f, " \u200c"):
			dropped["several words"]++
		case len([]rune(f)) < 2:
			dropped["one letter"]++
		case never[f]:
			dropped["title, honorific, month or name particle"]++
			droppedWords["title, honorific, month or name particle"] = append(droppedWords["title, honorific, month or name particle"], f)
		case dict.function[f] && !arabicList:
			dropped["function word"]++
			droppedWords["function word"] = append(droppedWords["function word"], f)
		default:
			return true
		}
		return false
	}
	for _, r := range arNames.rows {
		if r["licensed_source"] != "yes" {
			dropped["Arabic name from an unlicensed list"]++
			continue
		}
		f := norm.FoldString(r["name_ar"])
		if !usable(f, true) {
			continue
		}
		get(f).arabic = true
	}
	for _, r := range foreign.rows {
		for _, form := range strings.Split(r["ar_forms"], "/") {
			form = strings.TrimSpace(form)
			ar, meta, _ := strings.Cut(form, "[")
			ar = strings.TrimSpace(ar)
			n := 0
			if c, ok := strings.CutPrefix(strings.TrimSuffix(meta, "]"), "wikidata:"); ok {
				n, _ = strconv.Atoi(c)
			}
			if ar == "" {
				continue
			}
			f := norm.FoldString(ar)
			switch {
			case n < 3:
				dropped["foreign form carried by fewer than 3 people"]++
				continue
			case strings.HasPrefix(f, "ال"):
				dropped["foreign form with the article"]++
				continue
			case !spellingFits(r["given_name_latin"], ar):
				dropped["foreign form that does not fit its Latin name"]++
				continue
			case !usable(f, false):
				continue
			}
			e := get(f)
			e.foreign = true
			e.people += n
		}
	}
	// A form that is a proclitic + a title or month (والملك، للملك، بأيار)
	// is that word with a clitic. A proclitic + a name (بجون) is
	// not left out here: the forms above are attested as names (بروس is
	// Bruce, لويس Louis), and a text word not in the lexicon is no name.
	var clitic []string
	for f, e := range entries {
		if e.arabic {
			continue
		}
		for _, sp := range arabic.Splits(f) {
			stem := sp.Stem
			if sp.Article {
				stem = "ال" + stem
			}
			if never[stem] || never[sp.Stem] {
				clitic = append(clitic, f)
				break
			}
		}
	}
	sort.Strings(clitic)
	for _, f := range clitic {
		droppedWords["a title or month with a proclitic"] = append(droppedWords["a title or month with a proclitic"], f)
		delete(entries, f)
		dropped["a title or month with a proclitic"]++
	}
	var out []*lexEntry
	for _, e := range entries {
		e.word = dict.word(e.name) || dict.function[e.name]
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	for _, ws := range droppedWords {
		sort.Strings(ws)
	}
	return out, dropped, droppedWords, nil
}

// genLexicon writes entities/givennames.tsv.
func genLexicon(data, repo, dict string, verbose bool, w io.Writer) error {
	entries, dropped, words, err := lexiconPlan(data, dict)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString(`# Given names: Arabic given names and the Arabic forms of foreign given names, folded
# by nazir's normaliser. GENERATED by "go run ./internal/peoplegen lexicon"; do not edit.
# Sources: Arabic names from AKhateeb/arabic-names (MIT) and faker-js (MIT); foreign
# names from name lists (@stdlib CC0, faker MIT, AKhateeb MIT) with the Arabic forms
# Wikidata's people carry (CC0), kept when 3 or more people carry the form and it fits
# the Latin name's consonants. Titles, honorifics, months, name particles, function
# words and names with a proclitic are left out. "word" marks a name that is also a
# common word (a noun, adjective or verb of the hunspell-ar dictionary): أمل، بندر.
# name	origin	people	word
`)
	arN, frN, wordN := 0, 0, 0
	for _, e := range entries {
		origin := ""
		switch {
		case e.arabic && e.foreign:
			origin = "ar+foreign"
		case e.arabic:
			origin = "ar"
		default:
			origin = "foreign"
		}
		if e.arabic {
			arN++
		}
		if e.foreign {
			frN++
		}
		flag := ""
		if e.word {
			flag = "word"
			wordN++
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\n", e.name, origin, e.people, flag)
	}
	path := filepath.Join(repo, "entities", "givennames.tsv")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	fmt.Fprintf(w, "lexicon: %d given names (%d Arabic, %d foreign forms, %d also common words) written to %s\n",
		len(entries), arN, frN, wordN, path)
	keys := make([]string, 0, len(dropped))
	for k := range dropped {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "lexicon: left out %d: %s\n", dropped[k], k)
		if verbose && len(words[k]) > 0 {
			fmt.Fprintf(w, "    %s\n", strings.Join(words[k], " "))
		}
	}
	return nil
}
