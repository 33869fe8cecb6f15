package consistency

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/yamlload"
)

// defaultRulesYAML is the embedded rules.yaml.
//
//go:embed rules.yaml
var defaultRulesYAML []byte

// MaxRulesBytes is the largest rules file Load accepts.
const MaxRulesBytes = 4 << 20

// ErrRules is wrapped by every rules validation error.
var ErrRules = errors.New("invalid rules")

// Rules are the word classes and patterns the checker judges by (rules.yaml).
// A Rules value is immutable once loaded.
type Rules struct {
	Classes        map[string][]string
	Conflicts      []Pattern
	Topics         []Pattern
	TopicSentences []string
	Confusables    [][2]string
}

// Pattern is one conflict or topic pattern.
type Pattern struct {
	ID         string
	Source     string // pattern text as written
	Expect     Expect
	ExpectID   string // the ID of expect is:ID and not:ID
	Requires   Requires
	Strong     bool
	Confidence float64
	Message    string
	Line       int // line in the rules file
	elems      []elem
	x          int    // index of the X element
	ruleNote   string // "rule " + ID, a finding's evidence note (set when a Checker compiles the pattern)
}

// elemKind is what a pattern element matches.
type elemKind uint8

const (
	elemX elemKind = iota + 1
	elemP
	elemS
	elemClass
	elemGap
	elemNotClass // zero-width: the token here is not in the class
)

// elem is one element of a pattern.
type elem struct {
	kind  elemKind
	class string
	bit   classMask // the class's bit, set when a Checker compiles the pattern
	n     int
	form  entities.Form // 0 = any
	and   bool          // requires the conjunction و
	host  bool          // P only: the lede's subject (the host), not the counterpart
}

// DefaultRules returns the embedded rules.
func DefaultRules() (*Rules, error) {
	return LoadRules(bytes.NewReader(defaultRulesYAML), "rules.yaml")
}

// LoadRulesFile reads a rules file.
func LoadRulesFile(path string) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	defer f.Close()
	return LoadRules(f, path)
}

// rawPattern is a pattern as written in the rules file.
type rawPattern struct {
	ID         string  `yaml:"id"`
	Pattern    string  `yaml:"pattern"`
	Expect     string  `yaml:"expect"`
	Requires   string  `yaml:"requires"`
	Strong     bool    `yaml:"strong"`
	Confidence float64 `yaml:"confidence"`
	Message    string  `yaml:"message"`
}

// rulesLimits are the rules file's limits: its size, the YAML nodes its
// text can make (counted before parsing; the embedded rules count about
// 3,500) and its nesting.
var rulesLimits = yamlload.Limits{MaxBytes: MaxRulesBytes, MaxNodes: 500_000, MaxDepth: 32}

// rulesErrorf returns "rules FILE:LINE: cause: invalid rules".
func rulesErrorf(file string, line int, format string, args ...any) error {
	return fmt.Errorf("rules %w: %w", &yamlload.Error{File: file, Line: line, Err: fmt.Errorf(format, args...)}, ErrRules)
}

// LoadRules reads and validates rules; name is used in error messages
// ("rules.yaml:12: pattern \"side-of\": ...").
func LoadRules(r io.Reader, name string) (*Rules, error) {
	data, err := yamlload.Read(r, name, rulesLimits)
	if err != nil {
		return nil, fmt.Errorf("rules %w: %w", err, ErrRules)
	}
	root, err := yamlload.Parse(data, name, rulesLimits)
	if err != nil {
		return nil, fmt.Errorf("rules %w: %w", err, ErrRules)
	}
	if root == nil {
		return nil, fmt.Errorf("rules %s: empty file: %w", name, ErrRules)
	}
	fields, err := yamlload.Fields(root, name, "rules", "classes", "conflicts", "topics", "topic_sentences", "confusables")
	if err != nil {
		return nil, fmt.Errorf("rules %w: %w", err, ErrRules)
	}
	rs := &Rules{}
	if rs.Classes, err = decodeClasses(fields["classes"], name); err != nil {
		return nil, err
	}
	if rs.Confusables, err = decodeConfusables(fields["confusables"], name); err != nil {
		return nil, err
	}
	if err := rs.decodePatterns(fields, name, !bytes.Equal(data, defaultRulesYAML)); err != nil {
		return nil, err
	}
	return rs, nil
}

// decodeClasses decodes the classes mapping: names to non-empty word
// lists, each name once.
func decodeClasses(n *yaml.Node, name string) (map[string][]string, error) {
	classes := map[string][]string{}
	classLine := map[string]int{}
	if n == nil || isNull(n) {
		return classes, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, rulesErrorf(name, n.Line, "classes: want a mapping of class names to word lists, got %s", yamlload.Kind(n))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		words, err := stringList(v, name, "class "+strconv.Quote(k.Value))
		if err != nil {
			return nil, err
		}
		if len(words) == 0 {
			return nil, rulesErrorf(name, k.Line, "class %q: empty word list", k.Value)
		}
		for j, w := range words {
			if err := classWordError(w); err != nil {
				return nil, rulesErrorf(name, v.Content[j].Line, "class %q: word %q: %w", k.Value, w, err)
			}
		}
		if first, dup := classLine[k.Value]; dup {
			return nil, rulesErrorf(name, k.Line, "class %q already defined at line %d", k.Value, first)
		}
		classes[k.Value], classLine[k.Value] = words, k.Line
	}
	return classes, nil
}

// classWordError says why w cannot be a class word, nil if it can: a class
// word matches one token of the normalised text, so it is one word (no
// space in it) that the normaliser does not fold away (diacritics or
// tatweel alone).
func classWordError(w string) error {
	switch {
	case strings.TrimSpace(w) == "":
		return errors.New("empty word")
	case strings.ContainsFunc(w, unicode.IsSpace):
		return errors.New("holds a space: a class word is one word")
	case arabic.Default().FoldString(w) == "":
		return errors.New("folds to nothing (diacritics or tatweel alone)")
	}
	return nil
}

// decodeConfusables decodes the confusables list: pairs of two different
// ids.
func decodeConfusables(n *yaml.Node, name string) ([][2]string, error) {
	if n == nil || isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, rulesErrorf(name, n.Line, "confusables: want a list of pairs, got %s", yamlload.Kind(n))
	}
	var pairs [][2]string
	for _, item := range n.Content {
		c, err := stringList(item, name, "confusable pair")
		if err != nil {
			return nil, err
		}
		if len(c) != 2 || c[0] == "" || c[1] == "" || c[0] == c[1] {
			return nil, rulesErrorf(name, item.Line, "confusable pair %v: want two different ids", c)
		}
		pairs = append(pairs, [2]string{c[0], c[1]})
	}
	return pairs, nil
}

// decodePatterns decodes topic_sentences, conflicts and topics against the
// classes already decoded; an overlay (not the embedded rules) may also use
// the built-in classes.
func (rs *Rules) decodePatterns(fields map[string]*yaml.Node, name string, overlay bool) error {
	var err error
	var topicLines []int
	if n := fields["topic_sentences"]; n != nil && !isNull(n) {
		if rs.TopicSentences, err = stringList(n, name, "topic_sentences"); err != nil {
			return err
		}
		for _, item := range n.Content {
			topicLines = append(topicLines, item.Line)
		}
	}
	var conflicts, topics []*yaml.Node
	for key, dst := range map[string]*[]*yaml.Node{"conflicts": &conflicts, "topics": &topics} {
		n := fields[key]
		if n == nil || isNull(n) {
			continue
		}
		if n.Kind != yaml.SequenceNode {
			return rulesErrorf(name, n.Line, "%s: want a list of patterns, got %s", key, yamlload.Kind(n))
		}
		*dst = n.Content
	}
	// Patterns may use the file's classes and the built-in ones: an overlay
	// extends the embedded rules (New checks the merged rules again).
	known := rs.Classes
	if len(conflicts)+len(topics)+len(rs.TopicSentences) > 0 && overlay {
		known = withBuiltinClasses(rs.Classes)
	}
	for _, n := range conflicts {
		p, err := decodePattern(n, name, known, true)
		if err != nil {
			return err
		}
		rs.Conflicts = append(rs.Conflicts, p)
	}
	for _, n := range topics {
		p, err := decodePattern(n, name, known, false)
		if err != nil {
			return err
		}
		rs.Topics = append(rs.Topics, p)
	}
	for i, c := range rs.TopicSentences {
		if _, ok := known[c]; !ok {
			return rulesErrorf(name, topicLines[i], "topic_sentences: unknown class %q", c)
		}
	}
	return nil
}

// isNull says whether n is an empty value (key: with nothing after it).
func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// stringList decodes a list of strings, positioned errors otherwise.
func stringList(n *yaml.Node, file, what string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, rulesErrorf(file, n.Line, "%s: want a list of strings, got %s", what, yamlload.Kind(n))
	}
	out := make([]string, 0, len(n.Content))
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) {
			return nil, rulesErrorf(file, item.Line, "%s: want a string, got %s", what, yamlload.Kind(item))
		}
		out = append(out, item.Value)
	}
	return out, nil
}

// withBuiltinClasses returns the names of classes with those of the
// embedded rules added (with no words: only the names are looked up).
func withBuiltinClasses(classes map[string][]string) map[string][]string {
	var builtin struct {
		Classes map[string]yaml.Node `yaml:"classes"`
	}
	if err := yaml.Unmarshal(defaultRulesYAML, &builtin); err != nil {
		return classes // the embedded rules load (TestDefaultRules): not reached
	}
	out := make(map[string][]string, len(classes)+len(builtin.Classes))
	for k := range builtin.Classes {
		out[k] = nil
	}
	for k, v := range classes {
		out[k] = v
	}
	return out
}

// decodeStrict decodes mapping n into v after checking that it has only
// the allowed keys, each once (yaml.v3's KnownFields works on decoders,
// not nodes, and we want the file's own line numbers in errors).
func decodeStrict(n *yaml.Node, file, what string, v any, allowed ...string) error {
	if _, err := yamlload.Fields(n, file, what, allowed...); err != nil {
		return fmt.Errorf("rules %w: %w", err, ErrRules)
	}
	if err := n.Decode(v); err != nil {
		return fmt.Errorf("rules %w: %w", yamlload.DecodeError(file, n.Line, err), ErrRules)
	}
	return nil
}

// decodePattern reads and validates one pattern (conflict says it is a
// conflict pattern, which needs an expect, a confidence and a message).
func decodePattern(n *yaml.Node, file string, classes map[string][]string, conflict bool) (Pattern, error) {
	var rp rawPattern
	if err := decodeStrict(n, file, "pattern", &rp, "id", "pattern", "expect", "requires", "strong", "confidence", "message"); err != nil {
		return Pattern{}, err
	}
	where := fmt.Sprintf("rules %s:%d: pattern %q", file, n.Line, rp.ID)
	if rp.ID == "" {
		return Pattern{}, fmt.Errorf("%s: missing id: %w", where, ErrRules)
	}
	p := Pattern{ID: rp.ID, Source: rp.Pattern, Strong: rp.Strong, Confidence: rp.Confidence,
		Message: rp.Message, Line: n.Line, x: -1}
	if conflict {
		if !(rp.Confidence > 0 && rp.Confidence <= 1) { // NaN too
			return Pattern{}, fmt.Errorf("%s: confidence %v not in (0,1]: %w", where, rp.Confidence, ErrRules)
		}
		var ok bool
		if p.Expect, p.ExpectID, ok = parseExpect(rp.Expect); !ok {
			return Pattern{}, fmt.Errorf("%s: expect %q: want counterpart, other, speaker, confusable, absent, official, not:ID or is:ID: %w", where, rp.Expect, ErrRules)
		}
		if rp.Message == "" {
			return Pattern{}, fmt.Errorf("%s: missing message: %w", where, ErrRules)
		}
	}
	var ok bool
	if p.Requires, ok = parseRequires(rp.Requires); !ok {
		return Pattern{}, fmt.Errorf("%s: requires %q: want confusable or intruder: %w", where, rp.Requires, ErrRules)
	}
	for _, f := range strings.Fields(rp.Pattern) {
		e, err := parseElem(f, classes)
		if err != nil {
			return Pattern{}, fmt.Errorf("%s: element %q: %w: %w", where, f, ErrRules, err)
		}
		if e.kind == elemX {
			if p.x >= 0 {
				return Pattern{}, fmt.Errorf("%s: X appears twice: %w", where, ErrRules)
			}
			p.x = len(p.elems)
		}
		p.elems = append(p.elems, e)
	}
	if p.x < 0 {
		return Pattern{}, fmt.Errorf("%s: pattern has no X: %w", where, ErrRules)
	}
	if p.Expect == ExpectOfficial && !p.has(elemS) {
		return Pattern{}, fmt.Errorf("%s: expect official needs an S element: %w", where, ErrRules)
	}
	if p.Expect == ExpectOther && !p.has(elemP) {
		return Pattern{}, fmt.Errorf("%s: expect other needs a P element: %w", where, ErrRules)
	}
	return p, nil
}

// has says whether the pattern has an element of kind k.
// sBeforeX says whether the pattern reads the official S before the state X
// (S @comma @title X: a title after the name).
func (p *Pattern) sBeforeX() bool {
	for i, e := range p.elems {
		if e.kind == elemS {
			return i < p.x
		}
	}
	return false
}

func (p *Pattern) has(k elemKind) bool {
	for _, e := range p.elems {
		if e.kind == k {
			return true
		}
	}
	return false
}

// parseElem reads one element of a pattern.
func parseElem(f string, classes map[string][]string) (elem, error) {
	switch {
	case strings.HasPrefix(f, "@"):
		if _, ok := classes[f[1:]]; !ok {
			return elem{}, fmt.Errorf("unknown class %q", f[1:])
		}
		return elem{kind: elemClass, class: f[1:]}, nil
	case strings.HasPrefix(f, "!@"):
		if _, ok := classes[f[2:]]; !ok {
			return elem{}, fmt.Errorf("unknown class %q", f[2:])
		}
		return elem{kind: elemNotClass, class: f[2:]}, nil
	case strings.HasPrefix(f, "~"):
		n, err := strconv.Atoi(f[1:])
		if err != nil || n < 1 || n > 8 {
			return elem{}, fmt.Errorf("gap wants a number 1-8")
		}
		return elem{kind: elemGap, n: n}, nil
	}
	head, mods, _ := strings.Cut(f, ":")
	var e elem
	switch head {
	case "X":
		e.kind = elemX
	case "P":
		e.kind = elemP
	case "S":
		if mods != "" {
			return elem{}, fmt.Errorf("the speaker element takes no modifiers")
		}
		return elem{kind: elemS}, nil
	default:
		return elem{}, fmt.Errorf("unknown element (want X, P, S, @class, !@class or ~N)")
	}
	if mods == "" {
		return e, nil
	}
	for _, m := range strings.Split(mods, ",") {
		switch m {
		case "nisba":
			e.form = entities.FormNisba
		case "name":
			e.form = entities.FormName
		case "and":
			e.and = true
		case "host":
			if e.kind != elemP {
				return elem{}, fmt.Errorf("modifier host applies to P only")
			}
			e.host = true
		default:
			return elem{}, fmt.Errorf("unknown modifier %q (want nisba, name, and, host)", m)
		}
	}
	return e, nil
}

// MergeRules returns base extended by overlay: class words are added,
// patterns with an id already in base replace it, new ones are appended,
// confusable pairs are added.
func MergeRules(base, overlay *Rules) *Rules {
	out := &Rules{Classes: map[string][]string{}}
	for k, v := range base.Classes {
		out.Classes[k] = append([]string(nil), v...)
	}
	for k, v := range overlay.Classes {
		out.Classes[k] = append(out.Classes[k], v...)
	}
	out.Conflicts = mergePatterns(base.Conflicts, overlay.Conflicts)
	out.Topics = mergePatterns(base.Topics, overlay.Topics)
	out.TopicSentences = append(append([]string(nil), base.TopicSentences...), overlay.TopicSentences...)
	out.Confusables = append(append([][2]string(nil), base.Confusables...), overlay.Confusables...)
	return out
}

// mergePatterns returns base with the patterns of over replacing those with
// the same id and the others appended.
func mergePatterns(base, over []Pattern) []Pattern {
	out := append([]Pattern(nil), base...)
	for _, p := range over {
		replaced := false
		for j := range out {
			if out[j].ID == p.ID {
				out[j] = p
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, p)
		}
	}
	return out
}
