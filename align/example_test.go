package align_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/align"
)

func ExampleAligner_Check() {
	c, err := nazir.NewChecker()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := align.New(c, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fs, err := a.Check("王毅表示，中方赞赏阿塞拜疆方面的支持。", "zh",
		"وقال وانغ يي إن الصين تقدر الدعم الذي يقدمه الجانب الأفغاني.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Printf("%s: %s → %s (source %q, bytes %d-%d)\n", f.Kind, f.Tgt.Text, *f.Suggestion, f.Src.Text, f.Src.Start, f.Src.End)
	}
	// Output:
	// wrong-entity: الأفغاني → الأذربيجاني (source "阿塞拜疆", bytes 27-39)
}

func ExampleNewJSONLReader() {
	c, err := nazir.NewChecker()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := align.New(c, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Two records of one document: 阿方 in the second is resolved from the
	// full name in the first.
	in := `{"id":"1","doc":"d","src":"阿塞拜疆外长来访。","tgt":"زار وزير الخارجية الأذربيجاني.","src_lang":"zh"}
{"id":"2","doc":"d","src":"阿方表示感谢。","tgt":"وأعرب الجانب الأفغاني عن شكره.","src_lang":"zh"}
`
	r := align.NewJSONLReader(strings.NewReader(in), "in.jsonl")
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		rs, err := a.CheckDocument(d)
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := align.WriteJSONL(os.Stdout, rs); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// {"id":"1","findings":[]}
	// {"id":"2","findings":[{"kind":"wrong-entity","severity":"error","entity":"AF","expected":"AZ","suggestion":"الأذربيجاني","message":"the source names Azerbaijan (阿方) where the translation names Afghanistan (الأفغاني)","src":{"start":0,"end":6,"char_start":0,"char_end":2,"utf16_start":0,"utf16_end":2,"text":"阿方"},"tgt":{"start":24,"end":40,"char_start":13,"char_end":21,"utf16_start":13,"utf16_end":21,"text":"الأفغاني"}}]}
}

func ExampleAnnotateXLIFF() {
	c, err := nazir.NewChecker()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := align.New(c, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	xlf := []byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ar">
<file id="f"><unit id="u"><segment><source>Russia and Azerbaijan signed.</source><target>وقعت روسيا وأفغانستان.</target></segment></unit></file>
</xliff>`)
	xr, err := align.NewXLIFFReader(xlf, "in.xlf")
	if err != nil {
		fmt.Println(err)
		return
	}
	var rs []align.Result
	for {
		d, err := xr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.CheckDocument(d)
		if err != nil {
			fmt.Println(err)
			return
		}
		rs = append(rs, r...)
	}
	out, err := align.AnnotateXLIFF(xlf, rs)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))
	// Output:
	// <xliff xmlns:its="http://www.w3.org/2005/11/its" xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ar">
	// <file id="f"><unit id="u"><segment><source>Russia and Azerbaijan signed.</source><target>وقعت روسيا و<mrk id="nazir-1" type="its:generic" its:locQualityIssueType="inconsistent-entities" its:locQualityIssueComment="wrong-entity: the source names Azerbaijan (Azerbaijan) where the translation names Afghanistan (أفغانستان) — suggestion: أذربيجان" its:locQualityIssueSeverity="90">أفغانستان</mrk>.</target></segment></unit></file>
	// </xliff>
}
