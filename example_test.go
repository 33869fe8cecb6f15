package nazir_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

func ExampleCheck() {
	release := "أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n" +
		"وقال بيراموف إن ألبانيا تلتزم دائما بمبدأ الصين الواحدة.\n"
	rep, err := nazir.Check([]byte(release))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Printf("line %d: %s names %s where %s is meant; write %s\n", f.Line, f.Text, f.Entity, f.Expected, *f.Suggestion)
	}
	// Output:
	// line 2: ألبانيا names AL where AZ is meant; write أذربيجان
}

func ExampleNewChecker() {
	// A newsroom overlay adds a person the embedded gazetteer lacks; findings
	// below 0.8 confidence are dropped.
	dir, err := os.MkdirTemp("", "nazir-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	overlay := filepath.Join(dir, "newsroom.yaml")
	if err := os.WriteFile(overlay, []byte(`people:
  - id: jo-example-envoy
    en: Example Envoy
    country: JO
    office: ambassador
    names: [سامر الخطيب]
    given: [سامر]
    surname: [الخطيب]
`), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	c, err := nazir.NewChecker(
		nazir.WithGazetteerFile(overlay),
		nazir.WithOptions(consistency.Options{MinConfidence: 0.8}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := c.Check([]byte("استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة نظيره الأردني أيمن الصفدي.\n" +
		"وأكد عبد العاطي تقدير مصر للجهود التي يبذلها الجانب السوري.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range rep.Participants {
		if p.Role == "host" {
			fmt.Println("host:", p.ID)
		}
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Rule, f.Text, "→", *f.Suggestion)
	}
	// Output:
	// host: EG
	// side-of السوري → الأردني
}

// Example is the README's library snippet, run on the bundled example
// release (TestReadmeSnippet keeps the two the same).
func Example() {
	// README:begin
	release, err := os.ReadFile("testdata/releases/azerbaijan-2026-01-28.txt")
	if err != nil {
		log.Fatal(err)
	}
	rep, err := nazir.Check(release) // the embedded gazetteer and rules
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range rep.Findings { // spans are byte offsets into release
		fmt.Printf("%d:%d %s %s\n", f.Line, f.Column, f.Kind, f.Text)
		if f.Suggestion != nil { // nil when the right form is the editor's choice
			fmt.Println("  →", *f.Suggestion)
		}
	}
	// README:end

	// Output:
	// 1:143 wrong-given-name فلاديمير بيرموف
	//   → جيهون بيراموف
	// 2:49 country-conflict الدول العربية
	//   → أذربيجان
	// 2:233 country-conflict العربية
	//   → الأذربيجانية
	// 2:435 country-conflict العربية
	//   → الأذربيجانية
	// 3:54 country-conflict الأفغاني
	//   → الأذربيجاني
	// 3:154 country-conflict الأفغاني
	//   → الأذربيجاني
	// 4:71 country-conflict الدول العربية
	//   → أذربيجان
	// 6:6 name-variant بايراموف
	//   → بيراموف
	// 6:202 country-conflict ألبانيا
	//   → أذربيجان
	// 6:665 country-conflict العربية
	//   → الأذربيجانية
}
