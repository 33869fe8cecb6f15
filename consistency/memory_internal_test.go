package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGrowWithin: a list of mentions grows to at most one per token left,
// and a text with a mention on every token gets its final size at the
// first growth (no copy of a large list is left behind); a sparse text
// gets room for its mentions as it goes, never more than its tokens allow.
func TestGrowWithin(t *testing.T) {
	for _, tt := range []struct {
		name       string
		n, every   int // tokens; a mention on every every-th token
		maxGrowths int
	}{
		{"a mention on every token", 100_000, 1, 2},
		{"a mention on every tenth token", 100_000, 10, 2},
		{"a single piece", 100, 1, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var s []int
			growths := 0
			for from := 0; from < tt.n; {
				// A piece of tagPiece mentions (or the rest of the text).
				next := min(from+tagPiece*tt.every, tt.n)
				extra := (next - from + tt.every - 1) / tt.every
				old := cap(s)
				s = growWithin(s, extra, next, tt.n)
				if cap(s) != old {
					growths++
					require.LessOrEqual(t, cap(s), len(s)+extra+tt.n-next, "no more room than the tokens left allow")
				}
				require.GreaterOrEqual(t, cap(s)-len(s), extra)
				for range extra {
					s = append(s, 0)
				}
				from = next
			}
			require.LessOrEqual(t, growths, tt.maxGrowths)
			if tt.every == 1 {
				require.Equal(t, tt.n, cap(s), "the densest text's list is its final size")
			}
		})
	}
}

// TestLargeTextReport: a large text's check, which collects between stages
// and gives back its tokens before the report (collectAbove), reports what
// the same check does without, on texts of mentions, names and findings;
// its storage is not pooled, and the next check runs as usual.
func TestLargeTextReport(t *testing.T) {
	_, c := testChecker(t)
	_, all := releasesText(t)
	for _, src := range []string{
		all,
		strings.Repeat("UK الصين ", 3000),
		strings.Repeat("قال الدكتور وانغ يي إن الرئيس الأذربيجاني إلهام علييف زار بكين.\n", 300),
	} {
		want, err := c.Check([]byte(src))
		require.NoError(t, err)
		st := c.newState([]byte(src))
		st.large = true
		st.prepare()
		st.analyse()
		got := st.report()
		require.Nil(t, st.t, "the tokens are given back")
		c.release(st)
		require.Equal(t, want, got)
		again, err := c.Check([]byte(src))
		require.NoError(t, err)
		require.Equal(t, want, again)
	}
}
