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

	"gopkg.in/yaml.v3"

	"github.com/nazir-nlp/nazir/entities"
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
	x          int // index of the X element
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
	bit   uint64 // the class's bit, set when a Checker compiles the pattern
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

// rawRules is a rules file as written.
type rawRules struct {
	Classes        map[string][]string `yaml:"classes"`
	Conflicts      []yaml.Node         `yaml:"conflicts"`
	Topics         []yaml.Node         `yaml:"topics"`
	TopicSentences []string            `yaml:"topic_sentences"`
	Confusables    [][]string          `yaml:"confusables"`
}

// LoadRules reads and validates rules; name is used in error messages
// ("rules.yaml:12: pattern \"side-of\": ...").
func LoadRules(r io.Reader, name string) (*Rules, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRulesBytes+1))
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", name, err)
	}
	if len(data) > MaxRulesBytes {
		return nil, fmt.Errorf("rules %s: file larger than %d bytes: %w", name, MaxRulesBytes, ErrRules)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("rules %s: %w: %w", name, ErrRules, err)
	}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("rules %s: empty file: %w", name, ErrRules)
	}
	if err := checkNode(root.Content[0], 0); err != nil {
		return nil, fmt.Errorf("rules %s:%w", name, err)
	}
	var raw rawRules
	if err := decodeStrict(root.Content[0], &raw, "classes", "conflicts", "topics", "topic_sentences", "confusables"); err != nil {
		return nil, fmt.Errorf("rules %s: %w: %w", name, ErrRules, err)
	}
	rs := &Rules{Classes: raw.Classes, TopicSentences: raw.TopicSentences}
	if rs.Classes == nil {
		rs.Classes = map[string][]string{}
	}
	for cls, words := range rs.Classes {
		if len(words) == 0 {
			return nil, fmt.Errorf("rules %s: class %q: empty word list: %w", name, cls, ErrRules)
		}
	}
	for _, c := range raw.Confusables {
		if len(c) != 2 || c[0] == "" || c[1] == "" || c[0] == c[1] {
			return nil, fmt.Errorf("rules %s: confusable pair %v: want two different ids: %w", name, c, ErrRules)
		}
		rs.Confusables = append(rs.Confusables, [2]string{c[0], c[1]})
	}
	// Patterns may use the file's classes and the built-in ones: an overlay
	// extends the embedded rules (New checks the merged rules again).
	known := rs.Classes
	if len(raw.Conflicts)+len(raw.Topics)+len(raw.TopicSentences) > 0 && !bytes.Equal(data, defaultRulesYAML) {
		known = withBuiltinClasses(rs.Classes)
	}
	for _, n := range raw.Conflicts {
		p, err := decodePattern(&n, name, known, true)
		if err != nil {
			return nil, err
		}
		rs.Conflicts = append(rs.Conflicts, p)
	}
	for _, n := range raw.Topics {
		p, err := decodePattern(&n, name, known, false)
		if err != nil {
			return nil, err
		}
		rs.Topics = append(rs.Topics, p)
	}
	for _, c := range rs.TopicSentences {
		if _, ok := known[c]; !ok {
			return nil, fmt.Errorf("rules %s: topic_sentences: unknown class %q: %w", name, c, ErrRules)
		}
	}
	return rs, nil
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

// checkNode refuses aliases and deep nesting before decoding.
func checkNode(n *yaml.Node, depth int) error {
	if depth > 32 {
		return fmt.Errorf("%d: nesting deeper than 32 levels: %w", n.Line, ErrRules)
	}
	if n.Kind == yaml.AliasNode {
		return fmt.Errorf("%d: aliases are not allowed: %w", n.Line, ErrRules)
	}
	for _, c := range n.Content {
		if err := checkNode(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// decodeStrict decodes n into v after checking that a mapping has only the
// allowed keys (yaml.v3's KnownFields works on decoders, not nodes, and we
// want the file's own line numbers in errors).
func decodeStrict(n *yaml.Node, v any, allowed ...string) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping", n.Line)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, a := range allowed {
			if k.Value == a {
				ok = true
			}
		}
		if !ok {
			return fmt.Errorf("line %d: unknown field %q", k.Line, k.Value)
		}
		if seen[k.Value] {
			return fmt.Errorf("line %d: duplicate field %q", k.Line, k.Value)
		}
		seen[k.Value] = true
	}
	return n.Decode(v)
}

// decodePattern reads and validates one pattern (conflict says it is a
// conflict pattern, which needs an expect, a confidence and a message).
func decodePattern(n *yaml.Node, file string, classes map[string][]string, conflict bool) (Pattern, error) {
	var rp rawPattern
	if err := decodeStrict(n, &rp, "id", "pattern", "expect", "requires", "strong", "confidence", "message"); err != nil {
		return Pattern{}, fmt.Errorf("rules %s: pattern: %w: %w", file, ErrRules, err)
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
