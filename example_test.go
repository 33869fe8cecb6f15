package nazir_test

import (
	"fmt"
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
