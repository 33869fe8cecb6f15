package consistency

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSentOfKept: sentOf, which keeps its last answer, gives the sentence
// the ranks give (sent of sentAt) for every token of every release, asked
// in text order, backwards and at random, and after a second document
// checked with the same pooled state.
func TestSentOfKept(t *testing.T) {
	_, c := testChecker(t)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, text := range [][]byte{src, []byte("خبر. ثم خبر آخر.\n" + string(src))} {
			st := c.newState(text)
			st.prepare()
			n := st.toks.Len()
			order := make([]int, 0, 3*n)
			for k := range n {
				order = append(order, k)
			}
			for k := n - 1; k >= 0; k-- {
				order = append(order, k)
			}
			for range n {
				order = append(order, rng.IntN(n))
			}
			for _, k := range order {
				require.Equal(t, st.sent(int(st.sentAt(k))), st.sentOf(k), "%s: token %d", f, k)
			}
			c.release(st)
		}
	}
}
