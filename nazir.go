// Package nazir finds and annotates entity inconsistencies in Arabic
// diplomatic press releases: a readout of a China–Azerbaijan meeting that
// suddenly says "the Afghan side", or spells the minister two ways.
//
// The common case is one call:
//
//	rep, err := nazir.Check(release)
//
// which uses the embedded gazetteer (gazetteer.yaml) and rules. NewChecker
// builds a Checker with overlays or other options; a Checker is safe for
// concurrent use.
//
// Defaults: the library reports every finding with its confidence (the
// caller decides what to show: consistency.Options.MinConfidence is 0),
// where the nazir command hides findings below
// consistency.DefaultMinConfidence (0.50), because its exit code fails a QA
// script; set MinConfidence to that value for the command's findings. Both
// write messages in Arabic unless consistency.Options.Language is "en".
//
// The pipeline's stages are packages of their own: arabic (normaliser),
// entities (gazetteer and tagger) and consistency (the checker); finding
// holds the report's types and report writes it (text, JSON, HTML,
// SARIF) and applies its fixes.
package nazir

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
)

// Version is nazir's version.
const Version = "0.1.0"

//go:embed gazetteer.yaml gazetteer
var gazetteerFiles embed.FS

// GazetteerYAML returns a copy of the embedded gazetteer's entry file,
// gazetteer.yaml; the files it includes are in GazetteerFS.
func GazetteerYAML() []byte {
	b, _ := gazetteerFiles.ReadFile("gazetteer.yaml") // embedded: always there
	return b
}

// GazetteerFS returns the embedded gazetteer's files: gazetteer.yaml and
// the files under gazetteer/ that it includes.
func GazetteerFS() fs.FS { return gazetteerFiles }

// DefaultGazetteer parses the embedded gazetteer. Each call returns a fresh
// value the caller may keep.
func DefaultGazetteer() (*entities.Gazetteer, error) {
	g, err := entities.LoadFS(gazetteerFiles, "gazetteer.yaml")
	if err != nil {
		return nil, fmt.Errorf("nazir: embedded gazetteer: %w", err)
	}
	return g, nil
}

type config struct {
	gazetteer *entities.Gazetteer
	overlays  []string
	rules     []string
	opts      consistency.Options
}

// Option configures NewChecker. Options are made by the With functions;
// the zero Option does nothing.
type Option struct{ apply func(*config) }

// WithGazetteer replaces the embedded gazetteer.
func WithGazetteer(g *entities.Gazetteer) Option {
	return Option{func(c *config) { c.gazetteer = g }}
}

// WithGazetteerFile merges a gazetteer overlay file (adds or overrides
// entries by id) over the gazetteer. May be given several times.
func WithGazetteerFile(path string) Option {
	return Option{func(c *config) { c.overlays = append(c.overlays, path) }}
}

// WithRulesFile merges a rules file over the embedded rules.
func WithRulesFile(path string) Option {
	return Option{func(c *config) { c.rules = append(c.rules, path) }}
}

// WithOptions sets the checker's options (limits, minimum confidence,
// language of the messages). The zero Options are the library's defaults:
// every finding whatever its confidence, Arabic messages.
func WithOptions(o consistency.Options) Option { return Option{func(c *config) { c.opts = o }} }

// NewChecker builds a Checker from the embedded data and the options.
func NewChecker(opts ...Option) (*consistency.Checker, error) {
	var cfg config
	for _, o := range opts {
		if o.apply != nil {
			o.apply(&cfg)
		}
	}
	g := cfg.gazetteer
	if g == nil {
		var err error
		if g, err = DefaultGazetteer(); err != nil {
			return nil, err
		}
	}
	for _, path := range cfg.overlays {
		ov, err := entities.ParseFile(path)
		if err != nil {
			return nil, fmt.Errorf("nazir: overlay: %w", err)
		}
		if g, err = entities.Merge(g, ov); err != nil {
			return nil, fmt.Errorf("nazir: overlay %s: %w", path, err)
		}
	}
	rules, err := consistency.DefaultRules()
	if err != nil {
		return nil, fmt.Errorf("nazir: embedded rules: %w", err)
	}
	for _, path := range cfg.rules {
		r, err := consistency.LoadRulesFile(path)
		if err != nil {
			return nil, fmt.Errorf("nazir: %w", err)
		}
		rules = consistency.MergeRules(rules, r)
	}
	return consistency.New(g, rules, cfg.opts)
}

// defaultChecker is built once, on first use; it is immutable afterwards.
var defaultChecker = sync.OnceValues(func() (*consistency.Checker, error) { return NewChecker() })

// Check checks one release with the embedded gazetteer and rules.
func Check(text []byte) (*consistency.Report, error) {
	c, err := defaultChecker()
	if err != nil {
		return nil, err
	}
	return c.Check(text)
}
