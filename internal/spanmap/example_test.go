package spanmap_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/spanmap"
)

func ExampleMap() {
	// The report is on "ab الأفغاني"; the page wrapped it as "<p>ab الأفغاني</p>".
	page := []byte("<p>ab الأفغاني</p>")
	rep := &finding.Report{Findings: []finding.Finding{{Start: 3, End: 19, Text: "الأفغاني"}}}
	spanmap.Map(rep, page, func(s, e int) (int, int) { return s + 3, e + 3 })
	f := rep.Findings[0]
	fmt.Println(f.Start, f.End, f.Line, f.Column, string(page[f.Start:f.End]))
	// Output:
	// 6 22 1 7 الأفغاني
}
