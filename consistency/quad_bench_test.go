package consistency_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/longtest"
)

// worstShapes are the texts that made a check's time grow faster than the
// text: mentions that follow each other (each word a state's name, or the
// same surname, or two states joined by "and": a pair of states in every
// sentence), speakers with a different made-up name each
// (differentNames), the repository's releases repeated (many judged
// mentions: the words beside each were compared with every other
// mention's), and a meeting with a finding on every line of one
// paragraph (each finding's speaker was sought back to the paragraph's
// start). Each makes about n bytes.
var worstShapes = []struct {
	name string
	make func(t testing.TB, n int) string
}{
	{"state-repeated", func(_ testing.TB, n int) string { return repeatToSize("الصين ", n) }},
	{"surname-repeated", func(_ testing.TB, n int) string { return repeatToSize("بايراموف ", n) }},
	{"paired-states", func(_ testing.TB, n int) string { return repeatToSize("الصين والسعودية ", n) }},
	{"names-different", func(_ testing.TB, n int) string { return differentNames(n) }},
	{"releases", func(t testing.TB, n int) string { return repeatToSize(ownReleases(t), n) }},
	{"finding-per-line", func(_ testing.TB, n int) string { return repeatToSize(findingLine, n) }},
	{"capitals-one-line", func(_ testing.TB, n int) string { return capitalsLine + repeatToSize(capitalSentence, n) }},
}

// capitalsLine and capitalSentence make a titled speaker's line, then one
// line of sentences that each name a capital: every capital is asked
// whether it is the dateline's place, which must not walk the line.
const (
	capitalsLine    = "قال وزير الخارجية الصيني وانغ يي إن العلاقات جيدة.\n"
	capitalSentence = "زار الوزير بكين اليوم. "
)

// findingLine is a line of one paragraph that holds a meeting and a
// finding (الأفغاني for the Azerbaijani side).
const findingLine = "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين وأكد دعم الجانب الأفغاني.\n"

// ownReleases is the repository's own releases, one after another.
func ownReleases(t testing.TB) string {
	var b strings.Builder
	for _, f := range releaseFiles(t) {
		if strings.Contains(f, "testdata/releases") {
			b.Write(readFile(t, f))
		}
	}
	return b.String()
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
// two sizes' ns/op is about 2). A text of different names is the one
// exception: its names are compared with the clusters of their keys, at
// most 32 of each, so it grows faster until the keys fill.
func BenchmarkRepeatedMentions(b *testing.B) {
	c := checker(b)
	for _, sh := range worstShapes {
		for _, kb := range []int{200, 400} {
			src := []byte(sh.make(b, kb<<10))
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
	for _, sh := range worstShapes {
		t.Run(sh.name, func(t *testing.T) {
			src := []byte(sh.make(t, size))
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
				t.Fatalf("checking %d bytes of %s did not finish within 3 minutes", len(src), sh.name)
			}
		})
	}
}
