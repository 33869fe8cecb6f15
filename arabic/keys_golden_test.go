package arabic

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// keyLists are the name lists whose keys the golden files hold: every
// given name of the lexicon and every name token of the surname list.
var keyLists = []struct {
	path   string
	full   bool // the golden file lists every word's keys; else a digest
	golden string
}{
	{"../entities/givennames.tsv", true, "testdata/givennames.keys.golden"},
	{"../entities/nametokens.txt", false, "testdata/nametokens.keys.golden"},
}

// listWords returns the words of a name list: the first column of each
// line that is not a comment.
func listWords(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		words = append(words, w)
	}
	require.NoError(t, sc.Err())
	return words
}

// keyTable is one line per word: the word, its PhoneticKey, NameKey and
// NameSkeleton, and whether SameName accepts it against its neighbour in
// the list (a pair that differs in a letter or two, often).
func keyTable(words []string) string {
	var b strings.Builder
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%v\n", w, PhoneticKey(w), NameKey(w), NameSkeleton(w), SameName(w, next))
	}
	return b.String()
}

// TestNameListKeys holds the keys of every word of the name lists to the
// golden files (go test -run TestNameListKeys -update rewrites them): a
// change to PhoneticKey, NameKey, NameSkeleton or SameName that moves any
// key of a known name fails here, and one that is meant to shows in the
// diff of the given names' table. The surname tokens, 45,000 of them, are
// held by a digest of their table.
func TestNameListKeys(t *testing.T) {
	for _, l := range keyLists {
		t.Run(filepath.Base(l.path), func(t *testing.T) {
			words := listWords(t, l.path)
			require.Greater(t, len(words), 1000, "the list has its words")
			table := keyTable(words)
			got := table
			if !l.full {
				sum := sha256.Sum256([]byte(table))
				got = fmt.Sprintf("words %d\nsha256 %s\n", len(words), hex.EncodeToString(sum[:]))
			}
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(l.golden), 0o755))
				require.NoError(t, os.WriteFile(l.golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(l.golden)
			require.NoError(t, err, "run with -update to write it")
			require.Equal(t, string(want), got, "keys of %s (-update rewrites %s)", l.path, l.golden)
		})
	}
}
