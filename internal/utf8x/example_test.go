package utf8x_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/utf8x"
)

func ExampleCount() {
	first, _ := utf8x.First("لافروف")
	last, _ := utf8x.Last("لافروف")
	fmt.Println(utf8x.Count("لافروف"), string(first), string(last))
	// Output:
	// 6 ل ف
}
