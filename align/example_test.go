package align_test

import (
	"fmt"

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
