package confusable_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/confusable"
)

func ExampleTable_Pair() {
	tab, err := confusable.Default()
	if err != nil {
		panic(err)
	}
	p, _ := tab.Pair("GM", "ZM")
	fmt.Println(p.Score)
	for _, r := range p.Reasons {
		fmt.Println(r.Kind, r.Detail)
	}
	// Output:
	// 0.889
	// ar غامبيا~زامبيا
	// en gambia~zambia
}
