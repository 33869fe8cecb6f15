package report_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/report"
)

// release and its report, as the checker would give them.
func release() ([]byte, *finding.Report) {
	text := []byte("التقى وانغ يي نظيره الأذربيجاني .\nوقال إن الصين تقدر دعم الجانب الأفغاني .\n")
	s := bytes.Index(text, []byte("الأفغاني"))
	sugg := "الأذربيجاني"
	rep := &finding.Report{
		File:         "release.txt",
		Participants: []finding.Participant{{ID: "AZ", Name: "أذربيجان"}, {ID: "CN", Name: "الصين"}},
		Findings: []finding.Finding{{
			Kind: finding.CountryConflict, Severity: finding.SeverityError, Confidence: 0.95,
			Start: s, End: s + len("الأفغاني"), Line: 2, Column: 31, Text: "الأفغاني",
			Entity: "AF", Expected: "AZ", Suggestion: &sugg,
			Message: "“the Afghanistan side” names a party that is not in this meeting",
		}},
	}
	return text, rep
}

func ExampleText() {
	text, rep := release()
	if err := report.Text(os.Stdout, rep, text); err != nil {
		fmt.Println(err)
	}
	// Output:
	// release.txt:2:31: error: “the Afghanistan side” names a party that is not in this meeting [country-conflict]
	//     وقال إن الصين تقدر دعم الجانب الأفغاني .
	//                                   ^^^^^^^^
	//     «الأفغاني» → «الأذربيجاني»
}

func ExampleAppendText() {
	text, rep := release()
	out := report.AppendText([]byte("== release.txt\n"), rep, text)
	fmt.Print(string(out))
	// Output:
	// == release.txt
	// release.txt:2:31: error: “the Afghanistan side” names a party that is not in this meeting [country-conflict]
	//     وقال إن الصين تقدر دعم الجانب الأفغاني .
	//                                   ^^^^^^^^
	//     «الأفغاني» → «الأذربيجاني»
}

func ExampleHTML() {
	text, rep := release()
	var page strings.Builder
	if err := report.HTML(&page, rep, text); err != nil {
		fmt.Println(err)
	}
	html := page.String()
	fmt.Println(strings.HasPrefix(html, "<!DOCTYPE html>"))
	fmt.Println(strings.Contains(html, `<html lang="ar" dir="rtl">`))
	fmt.Println(strings.Contains(html, `id="d1-f1"`), strings.Contains(html, `href="#d1-f1"`))
	// Output:
	// true
	// true
	// true true
}

func ExampleSARIF() {
	text, rep := release()
	var out strings.Builder
	if err := report.SARIF(&out, "1.0.0", rep, text); err != nil {
		fmt.Println(err)
	}
	for _, want := range []string{`"version": "2.1.0"`, `"columnKind": "unicodeCodePoints"`, `"charOffset": 64`, `"byteOffset": 115`} {
		fmt.Println(want, strings.Contains(out.String(), want))
	}
	// Output:
	// "version": "2.1.0" true
	// "columnKind": "unicodeCodePoints" true
	// "charOffset": 64 true
	// "byteOffset": 115 true
}

func ExampleJSON() {
	rep := &finding.Report{
		File:         "release.txt",
		Participants: []finding.Participant{{ID: "AZ", Name: "أذربيجان", Score: 6.5, Evidence: []finding.Span{}}},
		Scopes:       []finding.Scope{},
		Mentions:     finding.NewMentionList(0),
		Findings:     []finding.Finding{},
	}
	if err := report.JSON(os.Stdout, rep); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"file":"release.txt","participants":[{"id":"AZ","name":"أذربيجان","score":6.5,"evidence":[]}],"scopes":[],"mentions":[],"findings":[]}
}

func ExampleApply() {
	text, rep := release()
	edits := report.Edits(rep, text, report.FixFilter{MinSeverity: finding.SeverityWarning, MinConfidence: 0.5})
	fixed, err := report.Apply(text, edits)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Print(string(fixed))
	// Output:
	// التقى وانغ يي نظيره الأذربيجاني .
	// وقال إن الصين تقدر دعم الجانب الأذربيجاني .
}

func ExampleDiff() {
	text, rep := release()
	edits := report.Edits(rep, text, report.FixFilter{})
	if err := report.Diff(os.Stdout, "a/release.txt", "b/release.txt", text, edits); err != nil {
		fmt.Println(err)
	}
	// Output:
	// --- a/release.txt
	// +++ b/release.txt
	// @@ -1,2 +1,2 @@
	//  التقى وانغ يي نظيره الأذربيجاني .
	// -وقال إن الصين تقدر دعم الجانب الأفغاني .
	// +وقال إن الصين تقدر دعم الجانب الأذربيجاني .
}

// AppendJSON with fingerprints adds each finding's fingerprint to its
// object, as nazir serve's /v1/check answers; here the fingerprints a
// baseline file records.
func ExampleAppendJSON() {
	text, rep := release()
	fps := []string{baseline.Fingerprint(text, &rep.Findings[0])}
	line, err := report.AppendJSON(nil, rep, fps)
	if err != nil {
		fmt.Println(err)
		return
	}
	var out struct {
		Findings []struct {
			Text        string `json:"text"`
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(line, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.Findings[0].Text, out.Findings[0].Fingerprint)
	// Output:
	// الأفغاني 4c40734491fe00a9
}
