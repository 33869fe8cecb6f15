package entities_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

const exampleGazetteer = `countries:
  - id: AZ
    en: Azerbaijan
    names: [أذربيجان]
    nisba: [أذربيجاني]
    capital: [باكو]
  - id: CN
    en: China
    names: [الصين]
    nisba: [صيني]
    capital: [بكين]
groups:
  - id: arab-states
    en: Arab States
    names: [الدول العربية]
    nisba: [عربي]
    members: []
`

func ExampleLoad() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	az, _ := g.Lookup("AZ")
	fmt.Println(az.English, az.Names[0], az.Nisba.F[0], az.Source)

	// Mistakes are reported with file, line and field.
	_, err = entities.Load(strings.NewReader("countries:\n  - id: AZ\n    capitol: [باكو]\n"), "bad.yaml")
	fmt.Println(err)
	// Output:
	// Azerbaijan أذربيجان أذربيجانية example.yaml:2
	// gazetteer bad.yaml:3: schema violation: countries "AZ": unknown field "capitol" (allowed: id, en, en_alt, names, nisba, nisba_f, nisba_pl, capital, cities)
}

func ExampleTagger_Tag() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTagger(g, n)
	if err != nil {
		fmt.Println(err)
		return
	}
	src := []byte("التقى وزير خارجية الصين نظيره الأذربيجاني في بكين، وأكد أن للصين والدول العربية مصالح مشتركة.")
	for _, m := range tg.Tag(n.Normalize(src)) {
		fmt.Printf("%d-%d %s %s %v prefix=%q definite=%v", m.Start, m.End, m.Text, m.Form, m.Entities, m.Prefix, m.Definite)
		if m.Form == entities.FormNisba {
			fmt.Printf(" %s %s", m.Gender, m.Number)
		}
		fmt.Println()
	}
	// Output:
	// 33-43 الصين name [CN] prefix="" definite=true
	// 55-77 الأذربيجاني nisba [AZ] prefix="" definite=true masculine singular
	// 83-91 بكين capital [CN] prefix="" definite=false
	// 110-118 لصين name [CN] prefix="ل" definite=true
	// 121-146 الدول العربية name [arab-states] prefix="و" definite=true
}

func ExampleTagger_AppendTags() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	n := arabic.Default()
	tg, err := entities.NewTagger(g, n)
	if err != nil {
		fmt.Println(err)
		return
	}
	// One Text and one mention slice serve every document.
	var txt arabic.Text
	var ms []entities.Mention
	for _, doc := range []string{"وصل الوفد الصيني إلى باكو", "لا شيء هنا", "أذربيجان"} {
		n.NormalizeInto(&txt, []byte(doc))
		ms = tg.AppendTags(ms[:0], &txt)
		fmt.Println(len(ms), "mentions")
		for _, m := range ms {
			fmt.Println(" ", m.Text, m.Entities)
		}
	}
	// Output:
	// 2 mentions
	//   الصيني [CN]
	//   باكو [AZ]
	// 0 mentions
	// 1 mentions
	//   أذربيجان [AZ]
}

func ExampleGivenNames_Lookup() {
	names := entities.DefaultGivenNames()
	for _, w := range []string{"جون", "بجون", "الشهر", "بندر"} {
		info, ok := names.Lookup(w)
		fmt.Println(w, ok, info.CommonWord)
	}
	// Output:
	// جون true true
	// بجون false false
	// الشهر false false
	// بندر true true
}

func ExampleLoadFS() {
	fsys := fstest.MapFS{
		"g.yaml":         {Data: []byte("include: [people/fr.yaml]\ncountries:\n  - id: FR\n    en: France\n    names: [فرنسا]\n")},
		"people/fr.yaml": {Data: []byte("people:\n  - id: fr-hos\n    en: Emmanuel Macron\n    country: FR\n    names: [إيمانويل ماكرون]\n    source: Wikidata Q3052772\n")},
	}
	g, err := entities.LoadFS(fsys, "g.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	e, _ := g.Lookup("fr-hos")
	fmt.Println(e.Source, "|", e.Provenance)
	// Output:
	// people/fr.yaml:2 | Wikidata Q3052772
}

// A tagger's People index finds a person by the key of a surname: a
// phonetic key, so that spellings that differ in long vowels or a leading
// article share it.
func ExampleTagger_People() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer+`people:
  - id: az-bayramov
    en: Jeyhun Bayramov
    country: AZ
    office: foreign-minister
    names: [جيهون بيراموف]
    given: [جيهون]
    surname: [بيراموف, بايراموف]
    from: 2020-07-16
`), "example.yaml")
	if err != nil {
		panic(err)
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTagger(g, n)
	if err != nil {
		panic(err)
	}
	for _, w := range []string{"بايراموف", "البيراموف", "بيرموف", "شتاينماير"} {
		for _, e := range tg.People().BySurname(entities.NameKey(n.FoldString(w))) {
			fmt.Println(w, "→", e.English)
		}
	}
	// Output:
	// بايراموف → Jeyhun Bayramov
	// البيراموف → Jeyhun Bayramov
	// بيرموف → Jeyhun Bayramov
}

// A caller that needs its own word classes beside the entities (here: 1
// for prepositions) reads both in one lookup per token.
func ExampleNewTaggerWords() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTaggerWords(g, n, []string{"في", "مع"}, []uint16{1, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := n.Normalize([]byte("التقى وزير خارجية الصين مع نظيره في بكين"))
	classes := make([]uint16, text.TokenList().Len())
	ms, _ := tg.AppendTagsFromValues(nil, classes, text, 0, 100)
	for _, m := range ms {
		fmt.Println(m.Text, m.Entities)
	}
	fmt.Println(classes)
	// Output:
	// الصين [CN]
	// بكين [CN]
	// [0 0 0 0 1 0 1 0]
}

// AppendSpansFromValues finds what AppendTagsFromValues finds, without the
// mentions' texts: their bytes are the source's, from Start to End.
func ExampleTagger_AppendSpansFromValues() {
	g, err := entities.Load(strings.NewReader(exampleGazetteer), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTaggerWords(g, n, []string{"في", "مع"}, []uint16{1, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	src := []byte("التقى وزير خارجية الصين مع نظيره في بكين")
	text := n.Normalize(src)
	classes := make([]uint16, text.TokenList().Len())
	ms, _ := tg.AppendSpansFromValues(nil, classes, text, 0, 100)
	for _, m := range ms {
		fmt.Printf("%q %s %v\n", m.Text, src[m.Start:m.End], m.Entities)
	}
	fmt.Println(classes)
	// Output:
	// "" الصين [CN]
	// "" بكين [CN]
	// [0 0 0 0 1 0 1 0]
}

// Agree inflects a nisba of adjectives word by word, and any other nisba as
// a whole.
func ExampleAgree() {
	article := func(w string) string { return "ال" + w }
	fmt.Println(entities.Agree("كوري جنوبي", article))
	fmt.Println(entities.Agree("جنوب سوداني", article))
	fmt.Println(entities.Agree("كوري جنوبي", func(w string) string { return w + "ون" }))
	// Output:
	// الكوري الجنوبي
	// الجنوب سوداني
	// كوريون جنوبيون
}

func ExampleEntity_Reference() {
	g, err := entities.Load(strings.NewReader(`countries:
  - id: KR
    en: South Korea
    names: [كوريا الجنوبية]
organisations:
  - id: un
    en: United Nations
    names: [الأمم المتحدة]
people:
  - id: kr-ban-ki-moon
    en: Ban Ki-moon (UN Secretary-General)
    country: KR
    office: other
    org: un
    names: [بان كي مون]
    from: 2007-01-01
    to: 2016-12-31
    source: "Wikidata Q1253 (the person); the office's dates by hand; Arabic: hand"
  - id: kr-ban-ki-moon-fm-2004
    en: Ban Ki-moon
    country: KR
    office: foreign-minister
    names: [بان كي مون]
    from: 2004-01-17
    to: 2006-11-10
    source: "Wikidata Q1253; Arabic: gazetteer.yaml kr-ban-ki-moon"
`), "example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"kr-ban-ki-moon", "kr-ban-ki-moon-fm-2004"} {
		e, _ := g.Lookup(id)
		fmt.Printf("%s org=%q reference=%v\n", e.ID, e.Org, e.Reference())
	}
	// Output:
	// kr-ban-ki-moon org="un" reference=false
	// kr-ban-ki-moon-fm-2004 org="" reference=true
}
