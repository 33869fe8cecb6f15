package entities

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/nazir-nlp/nazir/internal/yamlload"
)

// Limits on gazetteer input. A file over MaxFileSize bytes, whose text
// could make more than MaxNodes YAML nodes, nested deeper than MaxDepth, or
// using YAML aliases is refused before any further work, so an alias bomb,
// a 16 MB list of one-letter items or a 10,000-level nesting fails fast
// with a clear error. MaxNodes is counted before the YAML parser allocates
// anything, as an upper bound: every line with content, and two for each
// , [ { : - ? on it (the bundled gazetteer counts about 150 per kilobyte).
const (
	MaxFileSize = 16 << 20  // bytes
	MaxNodes    = 1_000_000 // YAML nodes, as counted above
	MaxDepth    = 64        // nesting levels of YAML collections
)

// limits are the gazetteer's limits for yamlload.
var limits = yamlload.Limits{MaxBytes: MaxFileSize, MaxNodes: MaxNodes, MaxDepth: MaxDepth}

// Sentinel errors callers may branch on with errors.Is. Every error returned
// by Load, Parse, Merge and Validate wraps one of them (except I/O errors).
var (
	ErrSyntax  = yamlload.ErrSyntax // "invalid YAML"
	ErrLimit   = yamlload.ErrLimit  // "input exceeds a limit"
	ErrSchema  = yamlload.ErrSchema // "schema violation"
	ErrInvalid = errors.New("invalid gazetteer")
)

// Load reads and validates a gazetteer; name is used in error messages
// ("name:line: field: problem"). It is Parse followed by Validate.
func Load(r io.Reader, name string) (*Gazetteer, error) {
	g, err := Parse(r, name)
	if err != nil {
		return nil, err
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// LoadFile is Load on the file at path, with the files it includes
// (relative to its folder).
func LoadFile(path string) (*Gazetteer, error) {
	g, err := ParseFile(path)
	if err != nil {
		return nil, err
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// ParseFile is Parse on the file at path, with the files it includes
// (relative to its folder, which they may not leave).
func ParseFile(path string) (*Gazetteer, error) {
	return parseFS(os.DirFS(filepath.Dir(path)), filepath.Base(path), path)
}

// Parse reads a gazetteer and checks what can be checked within the file
// alone: syntax, limits, field names and types, duplicate keys and ids,
// dates. It does not resolve references to other entities nor check surface
// forms, so it accepts an overlay that refers to countries of a base
// gazetteer; pass the result to Merge (which validates) or call Validate.
//
// A file with an include section needs its folder: Parse refuses it
// (ErrInclude); use ParseFile or ParseFS.
func Parse(r io.Reader, name string) (*Gazetteer, error) {
	g, err := parseReader(r, name)
	if err != nil {
		return nil, err
	}
	if len(g.includes) > 0 {
		return nil, fmt.Errorf("gazetteer %s: %w: the file includes %q; read it with ParseFile, LoadFile or LoadFS so that included files can be found", g.incSrc[0], ErrInclude, g.includes[0])
	}
	return g, nil
}

// parseReader is Parse without resolving the include section.
func parseReader(r io.Reader, name string) (*Gazetteer, error) {
	data, err := yamlload.Read(r, name, limits)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %w", err)
	}
	root, err := yamlload.Parse(data, name, limits)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %w", err)
	}
	if root == nil {
		return nil, fmt.Errorf("gazetteer %s: %w: empty document", name, ErrSchema)
	}
	p := &parser{name: name}
	g := &Gazetteer{name: name, byID: map[string]*Entity{}}
	if err := p.document(root, g); err != nil {
		return nil, err
	}
	return g, nil
}

type parser struct {
	name string
}

func (p *parser) errf(n *yaml.Node, sentinel error, format string, args ...any) error {
	return fmt.Errorf("gazetteer %s:%d: %w: %s", p.name, n.Line, sentinel, fmt.Sprintf(format, args...))
}

// section describes one top-level list: which kind and which fields.
type section struct {
	key    string
	kind   Kind
	fields []string
}

var sections = []section{
	{"countries", Country, []string{"id", "en", "en_alt", "names", "nisba", "nisba_f", "nisba_pl", "capital", "cities"}},
	{"groups", Group, []string{"id", "en", "en_alt", "names", "nisba", "nisba_f", "nisba_pl", "members"}},
	{"organisations", Organisation, []string{"id", "en", "en_alt", "names", "members"}},
	{"regions", Region, []string{"id", "en", "en_alt", "names", "members"}},
	{"people", Person, []string{"id", "en", "country", "office", "org", "names", "given", "surname", "from", "to",
		"names_en", "names_zh", "names_fr", "names_ru", "names_es", "source"}},
	{"agencies", Agency, []string{"id", "en", "country", "names"}},
	{"titles", Title, []string{"id", "en", "country", "names"}},
}

func (p *parser) document(root *yaml.Node, g *Gazetteer) error {
	if root.Kind != yaml.MappingNode {
		return p.errf(root, ErrSchema, "top level: expected a mapping of sections, got %s", nodeKind(root))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return p.errf(k, ErrSchema, "top level: expected a section name")
		}
		if line, dup := seen[k.Value]; dup {
			return p.errf(k, ErrSchema, "duplicate key %q (first at line %d)", k.Value, line)
		}
		seen[k.Value] = k.Line
		switch k.Value {
		case "homographs":
			list, lines, err := p.stringList(v, "homographs")
			if err != nil {
				return err
			}
			g.Homographs, g.homSrc = list, p.sources(lines)
			continue
		case "include":
			list, lines, err := p.stringList(v, "include")
			if err != nil {
				return err
			}
			g.includes, g.incSrc = list, p.sources(lines)
			continue
		case "ambiguous":
			list, lines, err := p.stringList(v, "ambiguous")
			if err != nil {
				return err
			}
			g.AmbiguousForms, g.ambSrc = list, p.sources(lines)
			continue
		}
		var sec *section
		for j := range sections {
			if sections[j].key == k.Value {
				sec = &sections[j]
			}
		}
		if sec == nil {
			return p.errf(k, ErrSchema, "unknown section %q", k.Value)
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue // an empty section
		}
		if v.Kind != yaml.SequenceNode {
			return p.errf(v, ErrSchema, "%s: expected a list, got %s", sec.key, nodeKind(v))
		}
		for _, item := range v.Content {
			e, err := p.entity(item, sec)
			if err != nil {
				return err
			}
			if prev, dup := g.byID[e.ID]; dup {
				return p.errf(item, ErrSchema, "%s: duplicate id %q (first defined at %s)", sec.key, e.ID, prev.Source)
			}
			g.byID[e.ID] = e
			g.Entities = append(g.Entities, e)
		}
	}
	return nil
}

func (p *parser) entity(n *yaml.Node, sec *section) (*Entity, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errf(n, ErrSchema, "%s: expected an entry (mapping), got %s", sec.key, nodeKind(n))
	}
	e := &Entity{Kind: sec.kind, Line: n.Line, Source: fmt.Sprintf("%s:%d", p.name, n.Line)}
	fields := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, p.errf(k, ErrSchema, "%s: expected a field name", sec.key)
		}
		if prev, dup := fields[k.Value]; dup {
			return nil, p.errf(k, ErrSchema, "%s: duplicate key %q (first at line %d)", sec.key, k.Value, prev.Line)
		}
		fields[k.Value] = v
	}
	// id first, so that later messages can name the entity.
	idNode, ok := fields["id"]
	if !ok {
		return nil, p.errf(n, ErrSchema, "%s: entry without id", sec.key)
	}
	id, err := p.str(idNode, sec.key, "id")
	if err != nil {
		return nil, err
	}
	if id == "" {
		return nil, p.errf(idNode, ErrSchema, "%s: empty id", sec.key)
	}
	if sec.kind == Country && !isAlpha2(id) {
		return nil, p.errf(idNode, ErrSchema, "countries: id %q: expected an ISO 3166-1 alpha-2 code (two capital letters)", id)
	}
	e.ID = id
	ctx := fmt.Sprintf("%s %q", sec.key, id)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		known := false
		for _, f := range sec.fields {
			known = known || f == k.Value
		}
		if !known {
			return nil, p.errf(k, ErrSchema, "%s: unknown field %q (allowed: %s)", ctx, k.Value, strings.Join(sec.fields, ", "))
		}
	}
	for _, key := range sec.fields {
		v, ok := fields[key]
		if !ok || key == "id" {
			continue
		}
		switch key {
		case "en":
			e.English, err = p.str(v, ctx, key)
		case "country":
			e.Country, err = p.str(v, ctx, key)
		case "office":
			e.Office, err = p.str(v, ctx, key)
		case "org":
			e.Org, err = p.str(v, ctx, key)
		case "source":
			e.Provenance, err = p.str(v, ctx, key)
		case "from":
			e.From, err = p.date(v, ctx, key, false)
		case "to":
			e.To, err = p.date(v, ctx, key, true)
			e.toEnd = periodEnd(e.To, strings.TrimSpace(v.Value))
		default:
			var list []string
			list, _, err = p.stringList(v, ctx+": "+key)
			if err == nil && len(list) == 0 && key == "names" {
				err = p.errf(v, ErrSchema, "%s: %s: empty list", ctx, key)
			}
			switch key {
			case "en_alt":
				e.EnAlt = list
			case "names":
				e.Names = list
			case "nisba":
				e.Nisba.M = list
			case "nisba_f":
				e.Nisba.F = list
			case "nisba_pl":
				e.brokenPl = list
			case "capital":
				e.Capital = list
			case "cities":
				e.Cities = list
			case "members":
				e.Members = list
			case "given":
				e.Given = list
			case "surname":
				e.Surname = list
			case "names_en", "names_zh", "names_fr", "names_ru", "names_es":
				if e.SourceNames == nil {
					e.SourceNames = map[string][]string{}
				}
				e.SourceNames[strings.TrimPrefix(key, "names_")] = list
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if len(e.Names) == 0 {
		return nil, p.errf(n, ErrSchema, "%s: no names (the names list is required and must not be empty)", ctx)
	}
	if e.Kind == Person {
		if _, ok := fields["country"]; !ok || e.Country == "" {
			return nil, p.errf(n, ErrSchema, "%s: country is required", ctx)
		}
		if !e.To.IsZero() && !e.From.IsZero() && e.To.Before(e.From) {
			return nil, p.errf(fields["to"], ErrSchema, "%s: to %s is before from %s", ctx,
				e.To.Format("2006-01-02"), e.From.Format("2006-01-02"))
		}
	}
	if e.Kind == Title {
		if _, ok := fields["country"]; !ok || e.Country == "" {
			return nil, p.errf(n, ErrSchema, "%s: country is required", ctx)
		}
	}
	if e.Kind == Agency {
		if _, ok := fields["country"]; !ok {
			return nil, p.errf(n, ErrSchema, "%s: country is required (\"\" for an international agency)", ctx)
		}
	}
	if len(e.Nisba.M) == 0 && (len(e.Nisba.F) > 0 || len(e.brokenPl) > 0) {
		return nil, p.errf(n, ErrSchema, "%s: nisba_f/nisba_pl without nisba", ctx)
	}
	deriveNisba(e)
	return e, nil
}

// deriveNisba fills the indefinite feminine and plural forms by rule.
func deriveNisba(e *Entity) {
	if len(e.Nisba.M) == 0 {
		return
	}
	if len(e.Nisba.F) == 0 {
		for _, m := range e.Nisba.M {
			e.Nisba.F = append(e.Nisba.F, m+"ة")
		}
	}
	e.Nisba.MPl = append([]string(nil), e.brokenPl...)
	for _, m := range e.Nisba.M {
		e.Nisba.MPl = append(e.Nisba.MPl, m+"ون")
	}
	for _, f := range e.Nisba.F {
		e.Nisba.FPl = append(e.Nisba.FPl, strings.TrimSuffix(f, "ة")+"ات")
	}
}

func (p *parser) sources(lines []int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = fmt.Sprintf("%s:%d", p.name, l)
	}
	return out
}

func isAlpha2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("a scalar (%s)", strings.TrimPrefix(n.Tag, "!!"))
	}
	return "an unexpected node"
}

func (p *parser) str(n *yaml.Node, ctx, field string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		return "", p.errf(n, ErrSchema, "%s: %s: expected a string, got %s", ctx, field, nodeKind(n))
	}
	return strings.TrimSpace(n.Value), nil
}

func (p *parser) stringList(n *yaml.Node, ctx string) ([]string, []int, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, nil, p.errf(n, ErrSchema, "%s: expected a list of strings, got %s", ctx, nodeKind(n))
	}
	out := make([]string, 0, len(n.Content))
	lines := make([]int, 0, len(n.Content))
	for _, c := range n.Content {
		s, err := p.str(c, ctx, "item")
		if err != nil {
			return nil, nil, err
		}
		if s == "" {
			return nil, nil, p.errf(c, ErrSchema, "%s: empty string", ctx)
		}
		out = append(out, s)
		lines = append(lines, c.Line)
	}
	return out, lines, nil
}

// periodEnd returns the first day after the year, month or day that a date
// written as s (YYYY, YYYY-MM or YYYY-MM-DD) names; t is s parsed.
func periodEnd(t time.Time, s string) time.Time {
	switch {
	case t.IsZero():
		return time.Time{}
	case len(s) == len("2006"):
		return t.AddDate(1, 0, 0)
	case len(s) == len("2006-01"):
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// date accepts YYYY, YYYY-MM or YYYY-MM-DD; "" only when allowEmpty.
func (p *parser) date(n *yaml.Node, ctx, field string, allowEmpty bool) (time.Time, error) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!int" && n.Tag != "!!timestamp") {
		return time.Time{}, p.errf(n, ErrSchema, "%s: %s: expected a date YYYY[-MM[-DD]], got %s", ctx, field, nodeKind(n))
	}
	v := strings.TrimSpace(n.Value)
	if v == "" {
		if allowEmpty {
			return time.Time{}, nil
		}
		return time.Time{}, p.errf(n, ErrSchema, "%s: %s: empty date", ctx, field)
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(v) != len(layout) {
			continue
		}
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, p.errf(n, ErrSchema, "%s: %s: malformed date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", ctx, field, v)
}
