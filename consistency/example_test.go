package consistency_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

func ExampleChecker_Check() {
	g, err := entities.LoadFile("../gazetteer.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	rules, err := consistency.DefaultRules()
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := consistency.New(g, rules, consistency.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	release := "أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n" +
		"وقال وانغ يي إن الصين تقدر الدعم الذي يقدمه الجانب الأفغاني.\n"
	rep, err := c.Check([]byte(release))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, role := range []string{"host", "guest"} {
		for _, p := range rep.Participants {
			if p.Role == role {
				fmt.Println(role+":", p.ID, p.Name)
			}
		}
	}
	for _, f := range rep.Findings {
		fmt.Printf("%d:%d %s %s: %s → %s (%s)\n", f.Line, f.Column, f.Severity, f.Kind, f.Text, *f.Suggestion, f.Rule)
	}
	// Output:
	// host: CN الصين
	// guest: AZ أذربيجان
	// 2:52 error country-conflict: الأفغاني → الأذربيجاني (side-of)
}

func ExampleLoadRules() {
	// A newsroom's overlay: one more word for "side" and one more
	// confusable pair, merged over the embedded rules.
	overlay := `
classes:
  side: [الطرف]
confusables:
  - [AM, AL]
`
	extra, err := consistency.LoadRules(strings.NewReader(overlay), "newsroom-rules.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	base, err := consistency.DefaultRules()
	if err != nil {
		fmt.Println(err)
		return
	}
	merged := consistency.MergeRules(base, extra)
	fmt.Println(len(merged.Classes["side"]) == len(base.Classes["side"])+1)
	fmt.Println(len(merged.Confusables) == len(base.Confusables)+1)

	// Mistakes are reported with the file and line.
	_, err = consistency.LoadRules(strings.NewReader("conflicts:\n  - id: bad\n    pattern: \"@nosuchclass X\"\n"), "bad.yaml")
	fmt.Fprintln(os.Stdout, err != nil && strings.Contains(err.Error(), "bad.yaml:"))
	// Output:
	// true
	// true
	// true
}

// Options.Date judges known officials against the office held on a day:
// Ayman Safadi has been Jordan's foreign minister since 2017, so on a day
// of 2026 the Emirati title given to him is a conflict, and in 2010 it
// names somebody else. Without Options.Date the release's dateline gives
// the day.
func ExampleOptions_date() {
	g, err := entities.LoadFile("../gazetteer.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	rules, err := consistency.DefaultRules()
	if err != nil {
		fmt.Println(err)
		return
	}
	release := []byte("القاهرة 3 مارس 2026 (أ ش أ) -- استقبل وزير الخارجية المصري بدر عبد العاطي اليوم " +
		"في القاهرة وزير الخارجية الإماراتي أيمن الصفدي.\n")
	for _, run := range []struct {
		label string
		day   time.Time // zero: the release's own date
	}{
		{"the dateline's day", time.Time{}},
		{"2010-03-03", time.Date(2010, 3, 3, 0, 0, 0, 0, time.UTC)},
	} {
		c, err := consistency.New(g, rules, consistency.Options{Date: run.day})
		if err != nil {
			fmt.Println(err)
			return
		}
		rep, err := c.Check(release)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("judged on %s: %d finding(s)", run.label, len(rep.Findings))
		for _, f := range rep.Findings {
			fmt.Printf(": %s → %s", f.Text, *f.Suggestion)
		}
		fmt.Println()
	}
	// Output:
	// judged on the dateline's day: 1 finding(s): الإماراتي → الأردني
	// judged on 2010-03-03: 0 finding(s)
}
