package arabic

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// streamNorm runs the transformer with dst and src buffers of the given
// sizes and returns the output.
func streamNorm(t *testing.T, n *Normalizer, src []byte, dstSize, srcSize int) []byte {
	t.Helper()
	tr := n.Transformer()
	tr.Reset()
	dst := make([]byte, dstSize)
	var out []byte
	pos := 0 // next unread byte of src
	buf := make([]byte, 0, srcSize+8)
	for {
		// Refill the source window up to srcSize bytes.
		for len(buf) < srcSize && pos < len(src) {
			buf = append(buf, src[pos])
			pos++
		}
		atEOF := pos == len(src)
		nDst, nSrc, err := tr.Transform(dst, buf, atEOF)
		out = append(out, dst[:nDst]...)
		buf = append(buf[:0], buf[nSrc:]...)
		switch err {
		case nil:
			if atEOF && len(buf) == 0 {
				return out
			}
		case transform.ErrShortDst:
			require.True(t, nDst > 0 || nSrc > 0 || dstSize < 16, "no progress with dst %d", dstSize)
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, len(dst)*2) // a replacement longer than dst
			}
		case transform.ErrShortSrc:
			require.False(t, atEOF, "ErrShortSrc at EOF")
			require.Less(t, len(buf), 4, "short source holds at most a partial rune")
			srcSize = max(srcSize, len(buf)+1)
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
}

func TestTransformerMatchesNormalize(t *testing.T) {
	rel, err := os.ReadFile(releasePath)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(3, 4))
	inputs := [][]byte{rel, []byte("\ufef7\ufdfa\xff\xd8"), nil}
	for range 50 {
		inputs = append(inputs, randomText(r, r.IntN(40)))
	}
	for _, n := range []*Normalizer{Default(), NewNormalizer(Options{})} {
		for i, in := range inputs {
			want := n.Normalize(in).Norm
			for _, sz := range [][2]int{{1, 1}, {2, 1}, {3, 2}, {5, 3}, {7, 5}, {64, 64}} {
				got := streamNorm(t, n, in, sz[0], sz[1])
				require.Equal(t, want, string(got), "input %d, dst %d, src %d", i, sz[0], sz[1])
			}
		}
	}
}

func TestTransformerReader(t *testing.T) {
	rel, err := os.ReadFile(releasePath)
	require.NoError(t, err)
	rd := transform.NewReader(iotest.OneByteReader(bytes.NewReader(rel)), Default().Transformer())
	got, err := io.ReadAll(rd)
	require.NoError(t, err)
	require.Equal(t, Normalize(rel).Norm, string(got))
}
