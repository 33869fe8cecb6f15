package logit_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/logit"
)

// The second feature is on in three rows, all negative. Fitted freely, its
// weight turns negative; under a prior centred on +0.5 with precision 4,
// three rows cannot flip its sign. The model is then measured on rows it
// did not see.
func ExampleFitPrior() {
	x := [][]float64{{1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 1}, {0, 0}, {0, 0}, {1, 0}}
	y := []bool{true, true, false, false, false, false, false, true}
	free, err := logit.Fit(x, y, 0.5)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := logit.FitPrior(x, y, logit.Prior{Mean: []float64{0, 0.5}, Precision: 4})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("free:  weights %+.2f %+.2f\n", free.Weights[0], free.Weights[1])
	fmt.Printf("prior: weights %+.2f %+.2f\n", m.Weights[0], m.Weights[1])
	test, want := [][]float64{{1, 0}, {0, 0}, {1, 1}}, []bool{true, false, true}
	c := logit.Count(m, test, want, 0.5)
	fmt.Printf("unseen rows: log-loss %.2f, precision %.2f, recall %.2f\n", logit.LogLoss(m, test, want), c.Precision(), c.Recall())
	// Output:
	// free:  weights +1.52 -1.14
	// prior: weights +0.34 +0.21
	// unseen rows: log-loss 0.71, precision 1.00, recall 0.00
}
