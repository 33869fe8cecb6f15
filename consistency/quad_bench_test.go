package consistency_test

import (
	"github.com/nazir-nlp/nazir/internal/longtest"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// worstShapes are texts where mentions follow each other: each word a
// state's name, or each word the same surname.
var worstShapes = []struct{ name, unit string }{
	{"state-repeated", "الصين "},
	{"surname-repeated", "بايراموف "},
}

// differentNames is about n bytes of speakers with made-up names, none
// twice (a seeded draw of letters): a name per 45 bytes, each compared by
// clusterPersons with the clusters of its surname's keys only.
func differentNames(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func() string {
		w := make([]rune, 4)
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString("قال الدكتور " + word() + " " + word() + " إن ")
	}
	return b.String()
}

// BenchmarkRepeatedMentions checks the worst shapes at two sizes: the
// time per byte stays flat when the paths are linear (the ratio of the
// two sizes' ns/op is about 2), and a text of different names (unit "":
// differentNames), whose names are compared only with the clusters of
// their keys.
func BenchmarkRepeatedMentions(b *testing.B) {
	c := checker(b)
	for _, sh := range append(worstShapes, struct{ name, unit string }{"names-different", ""}) {
		for _, kb := range []int{200, 400} {
			var src []byte
			if sh.unit == "" {
				src = []byte(differentNames(kb << 10))
			} else {
				src = []byte(strings.Repeat(sh.unit, kb<<10/len(sh.unit)))
			}
			b.Run(sh.name+"/"+strconv.Itoa(kb)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := c.Check(src); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestWorstShapesFinish: checking 4 MB (1 MB under the race detector) of
// each worst shape finishes within a generous deadline, far above the
// seconds the linear paths take and far below the hours of the quadratic
// ones (a bound, not a timing assertion); the report is well formed.
func TestWorstShapesFinish(t *testing.T) {
	longtest.Skip(t, "4 MB worst-case texts")
	size := 4 << 20
	if raceDetector {
		size = 1 << 20
	}
	c := checker(t)
	for _, sh := range append(worstShapes, struct{ name, unit string }{"paired-states", "الصين والسعودية "}) {
		t.Run(sh.name, func(t *testing.T) {
			src := []byte(strings.Repeat(sh.unit, size/len(sh.unit)))
			type result struct {
				rep *consistency.Report
				err error
			}
			done := make(chan result, 1)
			go func() {
				rep, err := c.Check(src)
				done <- result{rep, err}
			}()
			select {
			case r := <-done:
				require.NoError(t, r.err)
				requireWellFormed(t, r.rep, src)
			case <-time.After(3 * time.Minute):
				t.Fatalf("checking %d bytes of %q did not finish within 3 minutes", len(src), sh.unit)
			}
		})
	}
}
