package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/internal/yamlload"
	"github.com/nazir-nlp/nazir/report"
)

// configName is the file nazir check looks for from each checked file's
// folder upward.
const configName = ".nazir.yaml"

// maxConfigBytes bounds a .nazir.yaml file.
const maxConfigBytes = 1 << 20

// config is one .nazir.yaml file: settings for the files in its folder and
// below (the nearest file wins; files are not merged). Paths in it are
// relative to its folder. Command-line flags override it.
type config struct {
	path string // the file, "" for no file
	dir  string // its folder

	Lang          *string      `yaml:"lang"`
	MinConfidence *float64     `yaml:"min-confidence"`
	FailOn        *string      `yaml:"fail-on"`
	Gazetteer     []string     `yaml:"gazetteer"`
	Rules         []string     `yaml:"rules"`
	Accept        []acceptRule `yaml:"accept"`
}

// acceptRule accepts findings as intended: a finding matches when it has
// the fingerprint, or when it has the text (compared as the checker reads
// Arabic: diacritics, tatweel and folded letters aside) and every other
// field given; Files limits the rule to the files matching a glob relative
// to the config's folder.
type acceptRule struct {
	Fingerprint string `yaml:"fingerprint"`
	Kind        string `yaml:"kind"`
	Text        string `yaml:"text"`
	Entity      string `yaml:"entity"`
	Expected    string `yaml:"expected"`
	Files       string `yaml:"files"`
	Reason      string `yaml:"reason"`

	normText string
}

// configLimits bound a settings file: its size, the YAML nodes its text
// can make (counted before parsing) and its nesting.
var configLimits = yamlload.Limits{MaxBytes: maxConfigBytes, MaxNodes: 100_000, MaxDepth: 16}

// loadConfigYAML decodes a YAML settings file into out, read as the
// gazetteer and rules are (internal/yamlload): at most maxConfigBytes, the
// node bound, no anchors or aliases, at most 16 levels of nesting, unknown
// keys and duplicate keys are errors; every error is FILE:LINE: cause.
func loadConfigYAML(data []byte, name string, out any) error {
	if _, err := yamlload.Parse(data, name, configLimits); err != nil {
		return err
	}
	return yamlload.Decode(data, name, out)
}

// readConfig reads and validates a config file.
func readConfig(path string) (*config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg := &config{}
	if err := loadConfigYAML(data, path, cfg); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	cfg.path, cfg.dir = path, filepath.Dir(abs)
	if cfg.Lang != nil {
		if _, err := i18n.Parse(*cfg.Lang); err != nil {
			return nil, fmt.Errorf("%s: lang %q: want ar or en", path, *cfg.Lang)
		}
	}
	if v := cfg.MinConfidence; v != nil && !(*v >= 0 && *v <= 1) { // NaN too
		return nil, fmt.Errorf("%s: min-confidence %v: want a number from 0 to 1", path, *v)
	}
	if cfg.FailOn != nil {
		if _, ok := failRanks[*cfg.FailOn]; !ok {
			return nil, fmt.Errorf("%s: fail-on %q: want error, warning or never", path, *cfg.FailOn)
		}
	}
	for i := range cfg.Accept {
		a := &cfg.Accept[i]
		where := fmt.Sprintf("%s: accept[%d]", path, i)
		if a.Fingerprint == "" && a.Text == "" {
			return nil, fmt.Errorf("%s: give a fingerprint or a text", where)
		}
		if a.Kind != "" {
			if _, ok := finding.Info(finding.Kind(a.Kind)); !ok {
				return nil, fmt.Errorf("%s: unknown kind %q", where, a.Kind)
			}
		}
		if a.Files != "" {
			if _, err := filepath.Match(a.Files, "x"); err != nil {
				return nil, fmt.Errorf("%s: files %q: %v", where, a.Files, err)
			}
		}
		a.normText = normalised(a.Text)
	}
	for i, p := range cfg.Gazetteer {
		cfg.Gazetteer[i] = cfg.resolve(p)
	}
	for i, p := range cfg.Rules {
		cfg.Rules[i] = cfg.resolve(p)
	}
	return cfg, nil
}

// resolve makes a path in the config relative to the config's folder.
func (c *config) resolve(p string) string {
	if filepath.IsAbs(p) || c.dir == "" {
		return p
	}
	return filepath.Join(c.dir, p)
}

// failRanks maps --fail-on values to severity ranks.
var failRanks = map[string]int{
	"error":   consistency.SeverityError.Rank(),
	"warning": consistency.SeverityWarning.Rank(),
	"never":   99,
}

func normalised(s string) string {
	return string(bytes.Join(bytes.Fields([]byte(arabic.Normalize([]byte(s)).Norm)), []byte(" ")))
}

// accepts reports whether a rule of the config accepts finding f (with
// fingerprint fp) of the file at path.
func (c *config) accepts(path string, f *finding.Finding, fp string) bool {
	for i := range c.Accept {
		a := &c.Accept[i]
		if a.Fingerprint != "" && a.Fingerprint != fp ||
			a.Kind != "" && a.Kind != string(f.Kind) ||
			a.Entity != "" && a.Entity != f.Entity ||
			a.Expected != "" && a.Expected != f.Expected ||
			a.Text != "" && a.normText != normalised(f.Text) {
			continue
		}
		if a.Files != "" && !c.matchFiles(a.Files, path) {
			continue
		}
		return true
	}
	return false
}

// matchFiles matches a glob against a file's path relative to the config's
// folder (slash-separated), or against its base name when the glob has no
// slash.
func (c *config) matchFiles(glob, path string) bool {
	if path == "-" {
		return false
	}
	rel := path
	if abs, err := filepath.Abs(path); err == nil {
		if r, err := filepath.Rel(c.dir, abs); err == nil {
			rel = r
		}
	}
	rel = filepath.ToSlash(rel)
	if !strings.Contains(glob, "/") {
		rel = filepath.Base(rel)
	}
	ok, _ := filepath.Match(glob, rel)
	return ok
}

// profile is what one config and the flags give the files it covers.
type profile struct {
	cfg           *config
	checker       *consistency.Checker
	failRank      int
	lang          i18n.Lang
	minConfidence float64
}

// profiles finds each file's config and builds one profile per config.
// Safe for concurrent use.
type profiles struct {
	cf       *checkFlags
	explicit map[string]bool // flags given on the command line
	fixed    *config         // --config FILE, or an empty config with --no-config

	mu    sync.Mutex
	byDir map[string]string   // folder → config path found from it ("" for none)
	built map[string]*profile // config path → profile
	errs  map[string]error    // config path → error reading it or building its checker
}

func newProfiles(cf *checkFlags, explicit map[string]bool) (*profiles, error) {
	ps := &profiles{cf: cf, explicit: explicit, byDir: map[string]string{}, built: map[string]*profile{}, errs: map[string]error{}}
	fixed, err := fixedConfig(cf.config, cf.noConfig)
	if err != nil {
		return nil, err
	}
	ps.fixed = fixed
	return ps, nil
}

// fixedConfig is the config --no-config (none: an empty config) or
// --config FILE name for every input; nil when neither is given (each
// file's nearest .nazir.yaml applies).
func fixedConfig(file string, none bool) (*config, error) {
	switch {
	case none:
		return &config{}, nil
	case file != "":
		return readConfig(file)
	}
	return nil, nil
}

// dirConfig is the config of the files in folder dir: the nearest
// .nazir.yaml from dir upward, or an empty config when there is none.
func dirConfig(dir string) (*config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if p := findConfig(abs); p != "" {
		return readConfig(p)
	}
	return &config{}, nil
}

// forFile returns the profile of the file at path ("-": the current
// folder's).
func (ps *profiles) forFile(path string) (*profile, error) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.fixed != nil {
		return ps.build(ps.fixed)
	}
	dir := "."
	if path != "-" {
		dir = filepath.Dir(path)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfgPath, ok := ps.byDir[abs]
	if !ok {
		cfgPath = findConfig(abs)
		ps.byDir[abs] = cfgPath
	}
	if err := ps.errs[cfgPath]; err != nil {
		return nil, err
	}
	if p := ps.built[cfgPath]; p != nil {
		return p, nil
	}
	cfg := &config{}
	if cfgPath != "" {
		if cfg, err = readConfig(cfgPath); err != nil {
			ps.errs[cfgPath] = err
			return nil, err
		}
	}
	return ps.build(cfg)
}

// findConfig returns the nearest .nazir.yaml from dir upward, or "".
func findConfig(dir string) string {
	for {
		p := filepath.Join(dir, configName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// build makes (once) the profile of cfg: the flags given on the command
// line win over the config, which wins over the defaults.
func (ps *profiles) build(cfg *config) (*profile, error) {
	if p := ps.built[cfg.path]; p != nil {
		return p, nil
	}
	if err := ps.errs[cfg.path]; err != nil {
		return nil, err
	}
	cf := cfg.over(ps.cf.checkerFlags, ps.explicit)
	failOn := ps.cf.failOn
	if cfg.FailOn != nil && !ps.explicit["fail-on"] {
		failOn = *cfg.FailOn
	}
	checker, err := cfg.checker(cf)
	if err != nil {
		ps.errs[cfg.path] = err
		return nil, err
	}
	lang, _ := i18n.Parse(cf.lang)
	p := &profile{cfg: cfg, checker: checker, failRank: failRanks[failOn], lang: lang, minConfidence: cf.minConfidence}
	ps.built[cfg.path] = p
	return p, nil
}

// over returns the checker flags cf with the config's settings where the
// command line set none (explicit names the flags it set): the flags win
// over the config, which wins over the defaults. The overlays add up: the
// config's first, then the command line's.
func (c *config) over(cf checkerFlags, explicit map[string]bool) checkerFlags {
	if c.Lang != nil && !explicit["lang"] {
		cf.lang = *c.Lang
	}
	if c.MinConfidence != nil && !explicit["min-confidence"] {
		cf.minConfidence = *c.MinConfidence
	}
	cf.gazetteers = append(append(stringList(nil), c.Gazetteer...), cf.gazetteers...)
	cf.rules = append(append(stringList(nil), c.Rules...), cf.rules...)
	return cf
}

// checker builds the checker of cf (flags with the config over them); an
// error names the config file, if any.
func (c *config) checker(cf checkerFlags) (*consistency.Checker, error) {
	checker, err := cf.checker()
	if err != nil && c.path != "" {
		err = fmt.Errorf("%s: %w", c.path, err)
	}
	return checker, err
}

// filter drops the findings the profile's config accepts and those the
// baseline records, from a report on text checked as file. It returns the
// report to show and how many findings it dropped for each reason.
func (p *profile) filter(rep *finding.Report, text []byte, name string, base *baseline.Baseline, baseFile string) (out *finding.Report, accepted, known int) {
	if len(rep.Findings) == 0 || len(p.cfg.Accept) == 0 && base == nil {
		return rep, 0, 0
	}
	kept := rep.Findings
	if len(p.cfg.Accept) > 0 {
		kept = make([]finding.Finding, 0, len(rep.Findings))
		for i := range rep.Findings {
			f := &rep.Findings[i]
			if p.cfg.accepts(name, f, baseline.Fingerprint(text, f)) {
				accepted++
				continue
			}
			kept = append(kept, *f)
		}
	}
	if base != nil {
		r := *rep
		r.Findings = kept
		kept, known = base.Filter(baseFile, &r, text)
	}
	r := *rep
	r.Findings = kept
	return &r, accepted, known
}

// nazirVersion is the tool name written into baselines.
func nazirVersion() string { return "nazir " + nazir.Version }

// baselineKey is how a baseline in dir names the file at path: its path
// relative to dir with forward slashes ("-" for standard input).
func baselineKey(dir, path string) string {
	if path == "-" {
		return path
	}
	absDir, err1 := filepath.Abs(dir)
	abs, err2 := filepath.Abs(path)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(absDir, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(path)
}

// writeFileAtomic writes a file through a temporary file in the same
// folder and a rename, so that a reader never sees half of it.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename: nothing to remove
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// folderBatch writes the HTML report of a run into a folder (--out): a
// page per file as each is checked, the index at the end.
type folderBatch struct {
	f   *report.HTMLFolder
	dir string
	err error
}

func newFolderBatch(dir string, lang i18n.Lang) (*folderBatch, error) {
	names := func(id string) string { return id }
	if g, err := nazir.DefaultGazetteer(); err == nil {
		names = func(id string) string {
			e, ok := g.Lookup(id)
			switch {
			case !ok:
				return id
			case lang == i18n.English && e.English != "":
				return e.English
			case len(e.Names) > 0:
				return e.Names[0]
			}
			return id
		}
	}
	f, err := report.NewHTMLFolder(dir, report.HTMLOptions{Language: lang.String()}, names)
	if err != nil {
		return nil, err
	}
	return &folderBatch{f: f, dir: dir}, nil
}

func (b *folderBatch) Add(rep *finding.Report, text []byte) {
	if b.err == nil {
		b.err = b.f.Add(rep, text)
	}
}

// Write writes the index page; the pages are in the folder already.
func (b *folderBatch) Write(io.Writer) error {
	if b.err != nil {
		return b.err
	}
	return b.f.Close()
}
