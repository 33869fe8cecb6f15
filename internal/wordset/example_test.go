package wordset_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/wordset"
)

// A set gives each word an index; the values are the caller's.
func Example() {
	words := []string{"الجانب", "نظيره", "الطرفين"}
	class := []string{"side", "counterpart", "both"}
	s, err := wordset.New(words, 16)
	if err != nil {
		panic(err)
	}
	for _, w := range []string{"نظيره", "الصين"} {
		if i := s.Index(w); i >= 0 {
			fmt.Println(w, class[i])
		} else {
			fmt.Println(w, "-")
		}
	}
	// Output:
	// نظيره counterpart
	// الصين -
}
