package arabic

import "testing"

// FuzzTransformer: the streaming transformer, fed through buffers of any
// size, gives exactly Normalize's text.
func FuzzTransformer(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		n := Default()
		want := n.Normalize(src).Norm
		for _, sz := range [][2]int{{1, 1}, {3, 2}, {8, 5}, {64, 64}} {
			if got := string(streamNorm(t, n, src, sz[0], sz[1])); got != want {
				t.Fatalf("dst %d, src %d: %q, want %q", sz[0], sz[1], got, want)
			}
		}
	})
}
