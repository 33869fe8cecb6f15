package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// dictionary is the Arabic spelling dictionary of hunspell-ar (Ayaspell):
// its stems by section. The sections are function words (stopwords.dic,
// tools.dic), nouns and adjectives (names.dic: أسماء, nouns, not proper
// names only) and verbs (verb.huns.dic). Words are folded with the
// normaliser.
type dictionary struct {
	function map[string]bool // stopwords and tools
	content  map[string]bool // nouns, adjectives, verbs
}

// readDictionary reads a hunspell .dic made of "::::" separated sections.
func readDictionary(path string) (*dictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	defer f.Close()
	d := &dictionary{function: map[string]bool{}, content: map[string]bool{}}
	sc := bufio.NewScanner(f)
	section, expectName := "", false
	norm := arabic.Default()
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "::::") {
			expectName = !expectName
			continue
		}
		if expectName {
			section = line
			continue
		}
		w, _, _ := strings.Cut(line, "/")
		w, _, _ = strings.Cut(w, "\t")
		if w == "" || strings.Trim(w, "0123456789#") == "" {
			continue
		}
		w = norm.FoldString(w)
		switch section {
		case "stopwords.dic", "tools.dic":
			d.function[w] = true
		case "":
		default:
			d.content[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dictionary %s: %w", path, err)
	}
	if len(d.function) == 0 || len(d.content) == 0 {
		return nil, fmt.Errorf("dictionary %s: no sections found (want a hunspell-ar ar.dic)", path)
	}
	return d, nil
}

// word reports whether w (or w without its article) is a common word.
func (d *dictionary) word(w string) bool {
	f := arabic.Default().FoldString(w)
	if d.function[f] || d.content[f] {
		return true
	}
	if rest, ok := strings.CutPrefix(f, "ال"); ok && len([]rune(rest)) >= 2 {
		return d.content[rest]
	}
	return false
}
