package webtext

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/internal/yamlload"
)

//go:embed chrome.yaml
var chromeYAML []byte

// Rules say what page chrome is. A Rules value is immutable after loading
// and safe for concurrent use.
type Rules struct {
	maxTrailing int
	lines       []*regexp.Regexp // each trailing_lines pattern, anchored: the whole trimmed line
	// line is the lines as one anchored alternation (nil if none), which
	// wholeLine runs: one regexp run per line instead of one per pattern.
	line *regexp.Regexp
	// lineFirst holds the runes one of which every line that line
	// matches starts with (nil: not known), so that wholeLine runs the
	// regexp only on such lines.
	lineFirst   []rune
	lineEnd     *regexp.Regexp // the trailing_line_ends patterns as one alternation (nil if none)
	lineEndNeed litSet         // every lineEnd match contains one of these (nil: no prefilter)
	// lineEndLead: every lineEnd match starts with one of these (nil: not
	// known), so the search starts at the first of them.
	lineEndLead litSet
	skip        map[string]bool
	content     []string
	block       map[string]bool
}

type rulesFile struct {
	MaxTrailingLines int      `yaml:"max_trailing_lines"`
	TrailingLines    []string `yaml:"trailing_lines"`
	TrailingLineEnds []string `yaml:"trailing_line_ends"`
	SkipElements     []string `yaml:"skip_elements"`
	ContentElements  []string `yaml:"content_elements"`
	BlockElements    []string `yaml:"block_elements"`
}

// MaxRulesBytes is the largest chrome rules file LoadRules reads.
const MaxRulesBytes = 1 << 20

// rulesLimits are the chrome rules file's limits: its size, the YAML nodes
// its text can make (counted before parsing; the embedded file counts
// about 230) and its nesting.
var rulesLimits = yamlload.Limits{MaxBytes: MaxRulesBytes, MaxNodes: 100_000, MaxDepth: 16}

// LoadRules reads chrome rules in the format of the embedded chrome.yaml;
// name is used in error messages. Unknown keys are errors.
func LoadRules(r io.Reader, name string) (*Rules, error) {
	data, err := yamlload.Read(r, name, rulesLimits)
	if err != nil {
		return nil, fmt.Errorf("webtext: %w", err)
	}
	root, err := yamlload.Parse(data, name, rulesLimits)
	if err != nil {
		return nil, fmt.Errorf("webtext: %w", err)
	}
	if root == nil {
		return nil, fmt.Errorf("webtext: %s: empty file", name)
	}
	fields, err := yamlload.Fields(root, name, "chrome rules", "max_trailing_lines", "trailing_lines",
		"trailing_line_ends", "skip_elements", "content_elements", "block_elements")
	if err != nil {
		return nil, fmt.Errorf("webtext: %w", err)
	}
	var f rulesFile
	if err := root.Decode(&f); err != nil {
		return nil, fmt.Errorf("webtext: %w", yamlload.DecodeError(name, root.Line, err))
	}
	// itemLine is the line of the i-th item of a list field.
	itemLine := func(key string, i int) int {
		if n := fields[key]; n != nil && i < len(n.Content) {
			return n.Content[i].Line
		}
		return root.Line
	}
	if f.MaxTrailingLines <= 0 {
		line := root.Line
		if n := fields["max_trailing_lines"]; n != nil {
			line = n.Line
		}
		return nil, fmt.Errorf("webtext: %w", yamlload.Errorf(name, line, yamlload.ErrSchema, "max_trailing_lines: want a positive number, got %d", f.MaxTrailingLines))
	}
	rs := &Rules{maxTrailing: f.MaxTrailingLines, skip: set(f.SkipElements), block: set(f.BlockElements)}
	for i, p := range f.TrailingLines {
		re, err := regexp.Compile(`^(?:` + p + `)$`)
		if err != nil {
			return nil, fmt.Errorf("webtext: %w", yamlload.Errorf(name, itemLine("trailing_lines", i), yamlload.ErrSchema, "trailing_lines[%d] %q: %v", i, p, err))
		}
		rs.lines = append(rs.lines, re)
	}
	var lineAlts []string
	for _, p := range f.TrailingLines {
		lineAlts = append(lineAlts, "(?:"+p+")")
	}
	if len(lineAlts) > 0 {
		var err error
		if rs.line, err = regexp.Compile(`^(?:` + strings.Join(lineAlts, "|") + `)$`); err != nil {
			return nil, fmt.Errorf("webtext: %s: trailing_lines: %w", name, err)
		}
		if first, ok := firstRunes(rs.line.String()); ok {
			rs.lineFirst = first
		}
	}
	var alts []string
	for i, p := range f.TrailingLineEnds {
		if _, err := regexp.Compile(p); err != nil {
			return nil, fmt.Errorf("webtext: %w", yamlload.Errorf(name, itemLine("trailing_line_ends", i), yamlload.ErrSchema, "trailing_line_ends[%d] %q: %v", i, p, err))
		}
		if !strings.HasSuffix(p, "$") {
			return nil, fmt.Errorf("webtext: %w", yamlload.Errorf(name, itemLine("trailing_line_ends", i), yamlload.ErrSchema, "trailing_line_ends[%d] %q: must end with $ (chrome runs to the end of the line)", i, p))
		}
		alts = append(alts, "(?:"+p+")")
	}
	if len(alts) > 0 {
		// One alternation: the leftmost match of any pattern in one pass.
		var err error
		joined := strings.Join(alts, "|")
		if rs.lineEnd, err = regexp.Compile(joined); err != nil {
			return nil, fmt.Errorf("webtext: %s: trailing_line_ends: %w", name, err)
		}
		if need, ok := requiredLiterals(joined); ok {
			rs.lineEndNeed = need
		}
		if lead, ok := leadingLiterals(joined); ok {
			rs.lineEndLead = lead
		}
	}
	for _, e := range f.ContentElements {
		rs.content = append(rs.content, strings.ToLower(e))
	}
	return rs, nil
}

func set(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[strings.ToLower(n)] = true
	}
	return m
}

var defaultRules = sync.OnceValues(func() (*Rules, error) {
	return LoadRules(bytes.NewReader(chromeYAML), "chrome.yaml")
})

// DefaultRules returns the rules of the embedded chrome.yaml (parsed once;
// the value is shared and immutable).
func DefaultRules() (*Rules, error) { return defaultRules() }

// ChromeYAML returns a copy of the embedded rules file.
func ChromeYAML() []byte { return bytes.Clone(chromeYAML) }

// ChromeStart returns the byte offset where the trailing page chrome of a
// plain-text release starts (len(text) when there is none), using the
// embedded rules.
func ChromeStart(text []byte) int {
	rs, err := DefaultRules()
	if err != nil { // the embedded file is tested; never happens in a build
		return len(text)
	}
	return rs.ChromeStart(text)
}

// ChromeStart returns the byte offset where the trailing chrome of text
// starts, or len(text). It walks up from the last line: blank lines and
// lines that are wholly chrome are chrome; the first other line ends the
// walk, and if its end matches a trailing_line_ends pattern the chrome
// starts there. Chrome never swallows the whole text.
func (rs *Rules) ChromeStart(text []byte) int {
	start := len(text)
	end := len(text)
	for n := 0; n < rs.maxTrailing && end > 0; n++ {
		ls := lastLineStart(text[:end])
		line := text[ls:end]
		trimmed := bytes.TrimSpace(line)
		switch {
		case len(trimmed) == 0:
		case rs.wholeLine(trimmed):
			if len(bytes.TrimSpace(text[:ls])) == 0 {
				return len(text) // the whole text would be chrome: it is not
			}
			start = ls
		default:
			if off, ok := rs.findLineEnd(line); ok && len(bytes.TrimSpace(text[:ls+off])) > 0 {
				return ls + off
			}
			return start
		}
		end = ls
		for end > 0 && (text[end-1] == '\n' || text[end-1] == '\r') {
			end--
		}
	}
	return start
}

// lastLineStart returns the offset after the last line feed or carriage
// return of b, 0 when it has none: bytes.LastIndexAny(b, "\n\r")+1,
// without its set lookup per byte.
func lastLineStart(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if c := b[i]; c == '\n' || c == '\r' {
			return i + 1
		}
	}
	return 0
}

// wholeLine says whether the line (trimmed) is chrome as a whole. Most
// lines are release text that starts with none of the runes a chrome line
// starts with: they are told apart without running the regexp, whose
// cost grows with the line.
func (rs *Rules) wholeLine(line []byte) bool {
	if rs.line == nil {
		return false
	}
	if rs.lineFirst != nil {
		if r, _ := utf8.DecodeRune(line); !slices.Contains(rs.lineFirst, r) {
			return false
		}
	}
	return rs.line.Match(line)
}

// maxLineEnd is how far from the end of a line the line-end patterns are
// searched: a credit glued to the last sentence is short, and searching a
// whole paragraph (or a 20 MB one-line file) was the costliest step of
// checking a release.
const maxLineEnd = 256

// findLineEnd returns the earliest offset in line where a line-end pattern
// matches, searching only the last maxLineEnd bytes (from a word start).
func (rs *Rules) findLineEnd(line []byte) (int, bool) {
	if rs.lineEnd == nil {
		return -1, false
	}
	from := 0
	if len(line) > maxLineEnd {
		from = len(line) - maxLineEnd
		// Start after a space, so that \b and the patterns see whole words.
		sp := bytes.IndexAny(line[from:], " \t")
		if sp < 0 {
			return -1, false
		}
		from += sp + 1
	}
	switch {
	case rs.lineEndLead != nil:
		// No match starts before the first leading literal. The search
		// starts one rune before it, so that \b and the like see the
		// character before the literal as they would in the whole line.
		i := rs.lineEndLead.index(line[from:])
		if i < 0 {
			return -1, false
		}
		if i > 0 {
			_, w := utf8.DecodeLastRune(line[from : from+i])
			from += i - w
		}
	case rs.lineEndNeed != nil && !rs.lineEndNeed.matchAny(line[from:]):
		return -1, false // none of the literals that every match contains
	}
	loc := rs.lineEnd.FindIndex(line[from:])
	if loc == nil {
		return -1, false
	}
	return from + loc[0], true
}
