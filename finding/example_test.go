package finding_test

import (
	"encoding/json"
	"fmt"

	"github.com/nazir-nlp/nazir/finding"
)

// The kind table says what each kind of finding is, how severe it is by
// default and how its message reads.
func ExampleKinds() {
	for _, k := range finding.Kinds() {
		fmt.Printf("%s (%s): %s, SARIF level %s\n", k.Kind, k.Name, k.Severity, k.SARIFLevel())
	}
	// Output:
	// country-conflict (CountryConflict): error, SARIF level error
	// name-variant (NameVariant): warning, SARIF level warning
	// wrong-given-name (WrongGivenName): warning, SARIF level warning
	// hidden-control (HiddenControl): warning, SARIF level warning
}

// A finding's message is its kind's message with the finding's arguments;
// a catalog in another language translates the kind's Message (its key)
// with the same arguments.
func ExampleFinding_SetMessage() {
	f := finding.Finding{Kind: finding.NameVariant, Severity: finding.NameVariant.DefaultSeverity()}
	f.SetMessage("Wang Yi", 2, finding.Quoted{"وانغ يي", "وانج يي"}, "وانغ يي")
	info, _ := finding.Info(f.Kind)
	fmt.Println(f.Severity)
	fmt.Println(f.Message)
	fmt.Println(info.Message == "%s is spelled %d ways: %s; use one spelling (%s)", len(f.Args))
	// Output:
	// warning
	// Wang Yi is spelled 2 ways: “وانغ يي”, “وانج يي”; use one spelling (وانغ يي)
	// true 4
}

// A LineIndex gives the line and rune column of byte offsets.
func ExampleLineIndex() {
	src := []byte("الصين\r\nوأذربيجان")
	li := finding.NewLineIndex(src)
	p := li.At(len("الصين\r\nو"))
	fmt.Println(p.Line, p.Column, p.RuneOffset)
	// Output:
	// 2 2 8
}

// A report's mentions are a MentionList: a long list holds each distinct
// reading once; At and All give Mention values back, and the JSON is what
// a []Mention writes.
func ExampleMentionList() {
	l := finding.NewMentionList(2)
	l.Append(finding.Mention{Start: 0, End: 10, Text: "الصين", Entity: "CN", Kind: "country", Form: "name", Role: "participant"},
		finding.Mention{Start: 20, End: 30, Text: "الصين", Entity: "CN", Kind: "country", Form: "name", Role: "participant"})
	for i, m := range l.All() {
		fmt.Println(i, m.Start, m.End, m.Entity, m.Role)
	}
	b, _ := json.Marshal(l)
	fmt.Println(string(b))
	// Output:
	// 0 0 10 CN participant
	// 1 20 30 CN participant
	// [{"start":0,"end":10,"text":"الصين","entity":"CN","kind":"country","form":"name","role":"participant"},{"start":20,"end":30,"text":"الصين","entity":"CN","kind":"country","form":"name","role":"participant"}]
}
