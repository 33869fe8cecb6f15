// Package baseline lets a QA script fail only on new findings: a baseline
// file records the findings a team has already seen (nazir check
// --write-baseline FILE), and a later run with it (--baseline FILE) drops
// the findings it records.
//
// A finding is recognised by its fingerprint (Fingerprint): a hash of its
// kind, its mention and what was expected there, normalised as the checker
// reads Arabic, and the words around it, never byte offsets or line
// numbers, so an edit elsewhere in the file keeps every other finding's
// fingerprint. A baseline counts each fingerprint per file: when the same
// slip in the same words appears once more, the extra one is new.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/finding"
)

// Version is the baseline file format's version.
const Version = 1

// MaxBytes is the largest baseline file Read accepts.
const MaxBytes = 64 << 20

// ErrFormat is wrapped by every error about a baseline file's content.
var ErrFormat = errors.New("not a nazir baseline")

// contextWords is how many words on each side of a finding its
// fingerprint includes.
const contextWords = 3

// contextBytes bounds the text read on each side of a finding for its
// context words (enough for contextWords long Arabic words and spaces).
const contextBytes = 256

// Fingerprint returns the stable fingerprint of finding f of a report on
// text (the bytes its spans point into): 16 hex digits of a SHA-256 over
// the finding's kind, its normalised text, the entity it names and the one
// expected, and the normalised words (up to three) on each side of it. A
// name variant's fingerprint is over its canonical spelling and its
// normalised spellings instead of one place. Punctuation, diacritics,
// tatweel and letter variants the normaliser folds do not change it.
func Fingerprint(text []byte, f *finding.Finding) string {
	h := sha256.New()
	field := func(s string) {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	field("nazir-fingerprint-v1")
	field(string(f.Kind))
	field(f.Entity)
	field(f.Expected)
	if f.Kind == finding.NameVariant {
		field(norm(f.Canonical))
		forms := make([]string, 0, len(f.Mentions))
		for _, m := range f.Mentions {
			forms = append(forms, norm(m.Text))
		}
		sort.Strings(forms)
		forms = slices.Compact(forms)
		for _, s := range forms {
			field(s)
		}
	} else {
		field(norm(f.Text))
		if f.Kind == finding.HiddenControl {
			field(f.Text) // the controls themselves, which the normaliser drops
		}
		before, after := context(text, f.Start, f.End)
		field(strings.Join(before, " "))
		field(strings.Join(after, " "))
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:8])
}

// norm is s normalised and its tokens joined by single spaces.
func norm(s string) string {
	return strings.Join(words([]byte(s), false, false), " ")
}

// words returns the normalised word, number and Latin tokens of b; a token
// touching the start (dropFirst) or end (dropLast) of b is left out, as
// it may be cut.
func words(b []byte, dropFirst, dropLast bool) []string {
	toks := arabic.Normalize(b).TokenList()
	out := make([]string, 0, toks.Len())
	for i := range toks.Len() {
		if toks.Kind(i) == arabic.Punct {
			continue
		}
		if dropFirst || dropLast {
			if s, e := toks.Orig(i); dropFirst && s == 0 || dropLast && e == len(b) {
				continue
			}
		}
		out = append(out, toks.Text(i))
	}
	return out
}

// context returns the normalised words before start and after end, up to
// contextWords each, nearest last and first.
func context(text []byte, start, end int) (before, after []string) {
	if start < 0 || end > len(text) || start > end {
		return nil, nil
	}
	lo := max(0, start-contextBytes)
	for lo > 0 && lo < start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	hi := min(len(text), end+contextBytes)
	for hi < len(text) && hi > end && !utf8.RuneStart(text[hi]) {
		hi--
	}
	before = words(text[lo:start], lo > 0, false)
	if len(before) > contextWords {
		before = before[len(before)-contextWords:]
	}
	after = words(text[end:hi], false, hi < len(text))
	if len(after) > contextWords {
		after = after[:contextWords]
	}
	return before, after
}

// Entry is one finding in a baseline. File and Fingerprint identify it;
// the other fields are for the person who reads the file.
type Entry struct {
	// File is the checked file's path relative to the baseline file's
	// folder, with forward slashes ("-" for standard input).
	File        string       `json:"file"`
	Fingerprint string       `json:"fingerprint"`
	Kind        finding.Kind `json:"kind"`
	Line        int          `json:"line"`
	Text        string       `json:"text"`
	Message     string       `json:"message,omitempty"`
}

// Baseline is a set of recorded findings. The zero value is empty and
// ready to use. Add is not safe for concurrent use; Filter is.
type Baseline struct {
	entries []Entry
	count   map[key]int
}

type key struct{ file, fingerprint string }

// Len is the number of findings recorded.
func (b *Baseline) Len() int { return len(b.entries) }

// Add records every finding of rep (a report on text) under file.
func (b *Baseline) Add(file string, rep *finding.Report, text []byte) {
	b.AddEntries(Entries(file, rep, text))
}

// Entries returns the entries Add would record for rep (a report on
// text) under file. It is safe for concurrent use, so that workers can
// compute entries that one goroutine adds.
func Entries(file string, rep *finding.Report, text []byte) []Entry {
	es := make([]Entry, 0, len(rep.Findings))
	for i := range rep.Findings {
		f := &rep.Findings[i]
		es = append(es, Entry{File: file, Fingerprint: Fingerprint(text, f), Kind: f.Kind, Line: f.Line, Text: f.Text, Message: f.Message})
	}
	return es
}

// AddEntries records entries.
func (b *Baseline) AddEntries(es []Entry) {
	for _, e := range es {
		b.add(e)
	}
}

func (b *Baseline) add(e Entry) {
	if b.count == nil {
		b.count = map[key]int{}
	}
	b.entries = append(b.entries, e)
	b.count[key{e.File, e.Fingerprint}]++
}

// Filter returns the findings of rep (a report on text, checked as file)
// that the baseline does not record, in order, and how many it dropped.
// A fingerprint recorded n times for the file drops its first n findings.
func (b *Baseline) Filter(file string, rep *finding.Report, text []byte) (kept []finding.Finding, dropped int) {
	used := map[string]int{}
	kept = make([]finding.Finding, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		fp := Fingerprint(text, &f)
		if used[fp] < b.count[key{file, fp}] {
			used[fp]++
			dropped++
			continue
		}
		kept = append(kept, f)
	}
	return kept, dropped
}

// file is the JSON form of a baseline file.
type file struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool,omitempty"`
	Findings []Entry `json:"findings"`
}

// Write writes the baseline as JSON: entries sorted by file, line and
// fingerprint, one per line, so that a baseline under version control
// changes by the lines of the findings that changed. tool names the
// writer ("nazir 0.1.0").
func (b *Baseline) Write(w io.Writer, tool string) error {
	es := append([]Entry(nil), b.entries...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].File != es[j].File {
			return es[i].File < es[j].File
		}
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Fingerprint < es[j].Fingerprint
	})
	var buf bytes.Buffer
	head, _ := json.Marshal(struct {
		Version int    `json:"version"`
		Tool    string `json:"tool,omitempty"`
	}{Version, tool})
	buf.Write(head[:len(head)-1])
	buf.WriteString(",\"findings\":[")
	for i, e := range es {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n  ")
		line, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("baseline: %w", err)
		}
		buf.Write(line)
	}
	if len(es) > 0 {
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("baseline: writing: %w", err)
	}
	return nil
}

// Read reads a baseline file written by Write; name is used in errors.
// A file over MaxBytes, malformed JSON, an unknown field, another version
// or an entry without file or fingerprint is an error naming the file
// (and the entry).
func Read(r io.Reader, name string) (*Baseline, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("%s: larger than %d bytes: %w", name, MaxBytes, ErrFormat)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f file
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := position(data, int(se.Offset)-1) // Offset is just past the bad byte
			return nil, fmt.Errorf("%s:%d:%d: %v: %w", name, line, col, err, ErrFormat)
		}
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrFormat)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the baseline object: %w", name, ErrFormat)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: version %d, want %d: %w", name, f.Version, Version, ErrFormat)
	}
	b := &Baseline{}
	for i, e := range f.Findings {
		if e.File == "" || e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d: no file or fingerprint: %w", name, i+1, ErrFormat)
		}
		b.add(e)
	}
	return b, nil
}

// position is the 1-based line and column (in bytes) of the byte at off.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}
