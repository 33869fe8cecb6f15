package consistency

// wordList is a fixed set of normalised words that the stages read word by
// word. Most words read are in no list, and a list's words have few
// lengths: has rejects a word of no list word's length by one bit, and
// compares the others with the list's words (a map, for a longer list),
// instead of hashing every word as a map lookup does.
type wordList struct {
	lens  uint64 // bit min(len(w), 63) is set for the length in bytes of each word w
	words []string
	set   map[string]bool // the words, for a list longer than maxScannedWords
}

// maxScannedWords is how many words a wordList compares one by one; a
// longer list is read through a map.
const maxScannedWords = 12

// newWordList returns the list of words ws.
func newWordList(ws ...string) wordList {
	l := wordList{words: ws}
	for _, w := range ws {
		l.lens |= 1 << min(len(w), 63)
	}
	if len(ws) > maxScannedWords {
		l.set = make(map[string]bool, len(ws))
		for _, w := range ws {
			l.set[w] = true
		}
	}
	return l
}

// has says whether w is one of the list's words.
func (l *wordList) has(w string) bool {
	if l.lens&(1<<min(len(w), 63)) == 0 {
		return false
	}
	if l.set != nil {
		return l.set[w]
	}
	for _, x := range l.words {
		if x == w {
			return true
		}
	}
	return false
}
