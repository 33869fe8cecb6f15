package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/internal/spanmap"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// checkerFlags are the flags check and fix share.
type checkerFlags struct {
	gazetteers    stringList
	rules         stringList
	minConfidence float64
	lang          string
	maxBytes      int
	date          string // --date YYYY-MM-DD
}

func (cf *checkerFlags) register(fs *flag.FlagSet) {
	fs.Var(&cf.gazetteers, "gazetteer", "gazetteer overlay `FILE` merged over the embedded one (repeatable)")
	fs.Var(&cf.rules, "rules", "rules `FILE` merged over the embedded rules (repeatable)")
	fs.Float64Var(&cf.minConfidence, "min-confidence", defaultMinConfidence, "drop findings below this confidence (0-1)")
	fs.StringVar(&cf.lang, "lang", "ar", "language of the findings' messages and the reports: ar (Arabic) or en (English)")
	fs.IntVar(&cf.maxBytes, "max-bytes", consistency.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	fs.StringVar(&cf.date, "date", "", "judge officials on this day (`YYYY-MM-DD`) instead of the date each release gives in its dateline")
}

func (cf *checkerFlags) checker() (*consistency.Checker, error) {
	if !(cf.minConfidence >= 0 && cf.minConfidence <= 1) { // NaN too
		return nil, fmt.Errorf("--min-confidence %v: want a number from 0 to 1", cf.minConfidence)
	}
	if _, err := i18n.Parse(cf.lang); err != nil {
		return nil, fmt.Errorf("--lang %s: want ar or en", cf.lang)
	}
	if cf.maxBytes <= 0 {
		return nil, fmt.Errorf("--max-bytes %d: want a positive number", cf.maxBytes)
	}
	var date time.Time
	if cf.date != "" {
		d, err := time.Parse(time.DateOnly, cf.date)
		if err != nil {
			return nil, fmt.Errorf("--date %s: want a day as YYYY-MM-DD", cf.date)
		}
		date = d
	}
	opts := []nazir.Option{nazir.WithOptions(consistency.Options{MaxBytes: cf.maxBytes, MinConfidence: cf.minConfidence,
		Language: cf.lang, Date: date})}
	for _, g := range cf.gazetteers {
		opts = append(opts, nazir.WithGazetteerFile(g))
	}
	for _, r := range cf.rules {
		opts = append(opts, nazir.WithRulesFile(r))
	}
	return nazir.NewChecker(opts...)
}

type checkFlags struct {
	checkerFlags
	format   string
	input    string
	failOn   string
	includes stringList
	jobs     int

	config        string // --config FILE: instead of each file's .nazir.yaml
	noConfig      bool
	baseline      string // --baseline FILE
	writeBaseline string // --write-baseline FILE
	out           string // --out DIR: the HTML report as a folder
}

// registerConfig registers --config and --no-config (check and fix).
func (cf *checkFlags) registerConfig(fs *flag.FlagSet) {
	fs.StringVar(&cf.config, "config", "", "settings `FILE` for every input, instead of the "+configName+" found from each file's folder upward")
	fs.BoolVar(&cf.noConfig, "no-config", false, "use no "+configName+" file")
}

// cliMessages is the printer of nazir's own messages: English unless
// --lang (parsed into fs) asks for Arabic (reports are Arabic by default;
// see README).
func cliMessages(fs *flag.FlagSet, lang string) i18n.Printer {
	if l, err := i18n.Parse(lang); err == nil && hasFlag(fs, "lang") {
		return l.Printer()
	}
	return i18n.English.Printer()
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf checkFlags
	fs.StringVar(&cf.format, "format", "text", "output format: "+report.FormatNames(true))
	fs.StringVar(&cf.input, "input", "text", "input kind: text, or html (a web page: its text is checked, spans are page offsets)")
	fs.StringVar(&cf.failOn, "fail-on", "warning", "exit 1 when a finding is at least this severe: error, warning or never")
	fs.Var(&cf.includes, "include", "in directories, check files whose name matches this `GLOB` (repeatable; default *.txt, or *.html and *.htm with --input html)")
	fs.IntVar(&cf.jobs, "j", runtime.NumCPU(), "check this many files in parallel")
	cf.registerConfig(fs)
	fs.StringVar(&cf.baseline, "baseline", "", "drop the findings recorded in this baseline `FILE` (written by --write-baseline): only new findings are shown and count")
	fs.StringVar(&cf.out, "out", "", "with --format html: write the report into `DIR` as index.html and one page per file (needed for more than one file)")
	fs.StringVar(&cf.writeBaseline, "write-baseline", "", "record every finding in this baseline `FILE` (JSON) and exit 0 unless an input failed")
	cf.register(fs)
	fs.Usage = func() { checkUsage(fs) }
	files, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	msgs := cliMessages(fs, cf.lang)
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "nazir check: %s\n", msgs.T(format, a...))
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "nazir check: %s\n", msgs.T("no input (give files, directories, or - for standard input)"))
		fs.Usage()
		return exitUsage
	}
	format, ok := report.LookupFormat(cf.format)
	if !ok {
		return usageErr("unknown format %q (want %s)", cf.format, report.FormatNames(false))
	}
	switch cf.input {
	case "text", "html":
	default:
		return usageErr("--input %q: want text or html", cf.input)
	}
	if _, ok := failRanks[cf.failOn]; !ok {
		return usageErr("--fail-on %q: want error, warning or never", cf.failOn)
	}
	if cf.config != "" && cf.noConfig {
		return usageErr("--config and --no-config exclude each other")
	}
	if cf.jobs < 1 {
		return usageErr("-j %d: want at least 1", cf.jobs)
	}
	if len(cf.includes) == 0 {
		cf.includes = stringList{"*.txt"}
		if cf.input == "html" {
			cf.includes = stringList{"*.html", "*.htm"}
		}
	}
	for _, p := range cf.includes {
		if _, err := filepath.Match(p, "x"); err != nil {
			return usageErr("--include %q: %v", p, err)
		}
	}
	explicit := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
	profs, err := newProfiles(&cf, explicit)
	if err != nil {
		return usageErr("%v", err)
	}
	// The first input's settings are built now: a mistake in a flag or in
	// its config is a usage error before anything is checked. Its language
	// is the run's (the HTML page's and SARIF's words), and nazir's own
	// messages follow it when the config or --lang sets it.
	first, err := profs.forFile(files[0])
	if err != nil {
		return usageErr("%v", err)
	}
	if first.cfg.Lang != nil || explicit["lang"] {
		msgs = first.lang.Printer()
	}
	r := &checkRun{cf: &cf, format: format, profiles: profs, stdin: stdin, stdout: stdout, stderr: stderr, lang: first.lang, msgs: msgs}
	if cf.baseline != "" {
		f, err := os.Open(cf.baseline)
		if err != nil {
			return usageErr("--baseline: %v", err)
		}
		r.base, err = baseline.Read(f, cf.baseline)
		f.Close()
		if err != nil {
			return usageErr("--baseline: %v", err)
		}
		r.baseDir = filepath.Dir(cf.baseline)
	}
	if cf.writeBaseline != "" {
		r.newBase = &baseline.Baseline{}
		r.newBaseDir = filepath.Dir(cf.writeBaseline)
	}

	inputs := expandInputs(files, cf.includes)
	if cf.out != "" && cf.format != "html" {
		return usageErr("--out is for --format html")
	}
	if cf.format == "html" && cf.out == "" && len(inputs) > 1 {
		return usageErr("--format html with %d files: give --out DIR for an index page and one page per file", len(inputs))
	}
	return r.run(inputs)
}

// input is one file to check, or an error found while listing inputs.
type input struct {
	name string
	err  error
	// regularOnly: found by walking a directory; read only if it is a
	// regular file when opened (the open never blocks).
	regularOnly bool
}

// expandInputs lists the files to check in order: files as given, the
// files of a directory that match one of the include globs in lexical
// order (hidden files and directories skipped). A matching entry that is
// not a regular file, or a symbolic link that does not lead to one, is
// listed with the reason it is skipped: nothing that matches is dropped
// silently, and nothing but a regular file is opened.
func expandInputs(args []string, includes []string) []input {
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{name: a})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			out = append(out, input{name: a, err: err})
			continue
		}
		if !st.IsDir() {
			out = append(out, input{name: a})
			continue
		}
		n := len(out)
		werr := filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{name: path, err: err})
				if d != nil && d.IsDir() && path != a {
					return fs.SkipDir
				}
				return nil
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != a
			if d.IsDir() {
				if hidden {
					return fs.SkipDir
				}
				return nil
			}
			if hidden {
				return nil
			}
			for _, p := range includes {
				if ok, _ := filepath.Match(p, d.Name()); ok {
					out = append(out, walkedEntry(path, d))
					break
				}
			}
			return nil
		})
		if werr != nil {
			out = append(out, input{name: a, err: werr})
		}
		if len(out) == n {
			out = append(out, input{name: a, err: fmt.Errorf("no file in this directory matches --include %s", strings.Join(includes, " "))})
		}
	}
	return out
}

// checkRun checks a list of inputs with a pool of workers and writes the
// results in input order.
type checkRun struct {
	cf       *checkFlags
	format   report.Format
	profiles *profiles    // each file's checker and settings
	lang     i18n.Lang    // the output's language (the first file's)
	msgs     i18n.Printer // nazir's own messages on stderr
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	// base (--baseline) drops known findings; files are keyed by their
	// path relative to baseDir. newBase (--write-baseline) records every
	// finding shown, keyed relative to newBaseDir.
	base       *baseline.Baseline
	baseDir    string
	newBase    *baseline.Baseline
	newBaseDir string
	// bufs recycles the output buffers (*[]byte) once written.
	bufs sync.Pool
}

// checked is the outcome for one input.
type checked struct {
	idx  int
	name string
	rep  *consistency.Report
	// text is what the report's spans point into: the input bytes (the
	// page for --input html), or the checked text (the page's text) for a
	// format that shows the checked text.
	text []byte
	out  []byte  // rendered output for the streaming formats
	buf  *[]byte // the pooled buffer out lives in, returned once written
	// stream: a large report, rendered by the writing loop straight to
	// the output a piece at a time (Format.Write) instead of into out.
	stream bool
	err    error

	failRank        int              // the file's --fail-on
	accepted, known int              // findings dropped: accepted in the config, in the baseline
	entries         []baseline.Entry // for --write-baseline
}

func (r *checkRun) run(inputs []input) int {
	start := time.Now()
	jobs := make(chan int)
	results := make(chan *checked, r.cf.jobs)
	var wg sync.WaitGroup
	for w := 0; w < min(r.cf.jobs, max(1, len(inputs))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- r.checkOne(i, inputs[i])
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	prog := newProgress(r.stderr, len(inputs))
	sum := newSummary()
	var batch report.Batch
	switch {
	case r.cf.out != "":
		folder, err := newFolderBatch(r.cf.out, r.lang)
		if err != nil {
			fmt.Fprintf(r.stderr, "nazir check: --out: %v\n", err)
			return exitUsage
		}
		batch = folder
	case r.format.Batch:
		batch = r.format.NewBatch(report.BatchOptions{ToolVersion: nazir.Version, Language: r.lang.String()})
	}
	code := exitOK
	batchBytes := 0 // of the texts added to the batch
	pending := map[int]*checked{}
	next := 0
	writeFailed := false
	for res := range results {
		pending[res.idx] = res
		for pending[next] != nil {
			c := pending[next]
			delete(pending, next)
			next++
			prog.step()
			if c.stream && !writeFailed {
				// Written now, in its turn: an error before anything is
				// written (a report the format refuses) fails the file, as
				// when the worker renders it.
				prog.clear()
				w := &errWriter{w: r.stdout}
				if err := r.format.Write(w, c.rep, c.text); err != nil && w.err == nil {
					c.err = err
				} else if err != nil {
					fmt.Fprintf(r.stderr, "nazir check: %s\n", r.msgs.T("writing output: %v", err))
					writeFailed = true
				}
			}
			if c.err != nil {
				prog.clear()
				fmt.Fprintf(r.stderr, "nazir check: %s: %v\n", report.DisplayName(c.name), c.err)
				sum.failed++
				code = exitUsage
				continue
			}
			sum.add(c.rep)
			sum.accepted += c.accepted
			sum.known += c.known
			if r.newBase != nil {
				r.newBase.AddEntries(c.entries)
			}
			for _, f := range c.rep.Findings {
				if f.Severity.Rank() >= c.failRank && code == exitOK && r.newBase == nil {
					code = exitFindings
				}
			}
			if batch != nil {
				batch.Add(c.rep, c.text)
				batchBytes += len(c.text)
				continue
			}
			if !writeFailed && !c.stream {
				prog.clear()
				if _, err := r.stdout.Write(c.out); err != nil {
					fmt.Fprintf(r.stderr, "nazir check: %s\n", r.msgs.T("writing output: %v", err))
					writeFailed = true
				}
			}
			if c.buf != nil { // Write does not keep it
				r.bufs.Put(c.buf)
				c.out, c.buf = nil, nil
			}
		}
	}
	prog.clear()
	var err error
	if batch != nil {
		if batchBytes >= collectBeforeBatch {
			// The checks' garbage and reports the batch does not keep are
			// collected now, so that the garbage of writing the output is
			// paced on what the batch holds, not on what the last check
			// held: without it 8 MB of a finding per line as SARIF peaked
			// at 16 bytes per input byte instead of 12.
			runtime.GC()
		}
		err = batch.Write(r.stdout)
	}
	if err != nil || writeFailed {
		if err != nil {
			fmt.Fprintf(r.stderr, "nazir check: %s\n", r.msgs.T("writing output: %v", err))
		}
		return exitUsage
	}
	if r.newBase != nil {
		if err := writeFileAtomic(r.cf.writeBaseline, func(w io.Writer) error { return r.newBase.Write(w, nazirVersion()) }); err != nil {
			fmt.Fprintf(r.stderr, "nazir check: --write-baseline: %v\n", err)
			return exitUsage
		}
		fmt.Fprintf(r.stderr, "nazir check: %s\n", r.msgs.T("%d findings recorded in %s", r.newBase.Len(), r.cf.writeBaseline))
	}
	if len(inputs) > 1 {
		sum.write(r.stderr, time.Since(start), r.msgs)
	}
	return code
}

// checkOne reads, checks and (for the streaming formats) renders one input.
func (r *checkRun) checkOne(i int, in input) *checked {
	c := &checked{idx: i, name: in.name, err: in.err}
	if c.err != nil {
		return c
	}
	src, err := readFile(in.name, r.stdin, r.cf.maxBytes, in.regularOnly)
	if err != nil {
		c.err = err
		return c
	}
	text := src
	var page *webtext.Text
	if r.cf.input == "html" {
		page = webtext.Extract(src)
		text = page.Text
	}
	prof, err := r.profiles.forFile(in.name)
	if err != nil {
		c.err = err
		return c
	}
	c.failRank = prof.failRank
	rep, err := safeCheck(prof.checker, text)
	if err != nil {
		c.err = err
		return c
	}
	rep.File = in.name
	var baseFile string
	if r.base != nil {
		baseFile = baselineKey(r.baseDir, in.name)
	}
	rep, c.accepted, c.known = prof.filter(rep, text, in.name, r.base, baseFile)
	if r.newBase != nil {
		c.entries = baseline.Entries(baselineKey(r.newBaseDir, in.name), rep, text)
	}
	c.rep, c.text = rep, src
	if r.format.CheckedText {
		c.text = text // spans stay in the checked text
	} else if page != nil {
		mapped := *rep
		spanmap.Map(&mapped, src, page.SourceSpan)
		c.rep = &mapped
	}
	if r.format.Batch { // one output, written at the end
		return c
	}
	if c.rep.Mentions.Len()+len(c.rep.Findings) > streamItems {
		c.stream = true // rendered as it is written
		return c
	}
	p, _ := r.bufs.Get().(*[]byte)
	if p == nil {
		p = new([]byte)
	}
	*p, c.err = r.format.Append((*p)[:0], c.rep, c.text)
	c.out, c.buf = *p, p
	return c
}

// collectBeforeBatch is the size of the texts of a batch format's output
// from which the garbage is collected before it is written (as the checker
// does for a text of 2 MiB or more).
const collectBeforeBatch = 2 << 20

// streamItems is the number of mentions and findings above which a
// report is not rendered into a buffer but written a piece at a time as
// its turn comes: a release has a few hundred, and a text of millions of
// mentions would otherwise hold an output several times its size.
const streamItems = 2048

// errWriter is a writer that remembers its first error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// hasFlag reports whether the flag name was given on the command line.
func hasFlag(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// defaultMinConfidence is the checker's DefaultMinConfidence (chosen on the
// dev set, the team's own releases and the newswire articles; README).
const defaultMinConfidence = consistency.DefaultMinConfidence

func displayName(name string) string { return report.DisplayName(name) }

// readInput reads a file (or stdin for "-") up to limit bytes. A regular
// file is read with one open, one fstat and one read into a buffer of its
// size (the per-file cost of a large batch is mostly system calls).
func readInput(name string, stdin io.Reader, limit int) ([]byte, error) {
	return readFile(name, stdin, limit, false)
}

// readFile is readInput; with regularOnly it refuses (with errNotRegular)
// anything but a regular file, and its open never blocks on a named pipe.
func readFile(name string, stdin io.Reader, limit int, regularOnly bool) ([]byte, error) {
	var r io.Reader = stdin
	size := 0
	if name != "-" {
		f, err := openRead(name, regularOnly)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		isDir, regular, fsize, err := f.stat()
		if err != nil {
			return nil, err
		}
		if isDir {
			return nil, fmt.Errorf("is a directory")
		}
		if regularOnly && !regular {
			return nil, fmt.Errorf("no longer a regular file when opened: %w", errNotRegular)
		}
		if regular {
			if fsize > int64(limit) { // refused unread
				return nil, fmt.Errorf("%d bytes, larger than %d bytes (raise --max-bytes): %w", fsize, limit, consistency.ErrTooLarge)
			}
			size = int(fsize)
		}
		r = f
	}
	buf := make([]byte, 0, size+1) // +1: reading EOF needs no second buffer
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > limit {
			return nil, fmt.Errorf("larger than %d bytes (raise --max-bytes): %w", limit, consistency.ErrTooLarge)
		}
		if err == io.EOF || err == nil && size > 0 && len(buf) == size {
			// A regular file that gave exactly its fstat size to a read
			// asking for a byte more ends there: the read that would
			// return EOF is saved (the file could grow right after it
			// as well as right after the fstat).
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// summary counts what a run found, for the table on stderr.
type summary struct {
	files, withFindings, withErrors, failed int
	accepted, known                         int // findings not shown: accepted in a config, in the baseline
	byKind                                  map[string]int
	filesByKind                             map[string]int
}

func newSummary() *summary {
	return &summary{byKind: map[string]int{}, filesByKind: map[string]int{}}
}

func (s *summary) add(rep *consistency.Report) {
	s.files++
	if len(rep.Findings) > 0 {
		s.withFindings++
	}
	seen := map[string]bool{}
	hasErr := false
	for _, f := range rep.Findings {
		s.byKind[string(f.Kind)]++
		if !seen[string(f.Kind)] {
			seen[string(f.Kind)] = true
			s.filesByKind[string(f.Kind)]++
		}
		hasErr = hasErr || f.Severity == consistency.SeverityError
	}
	if hasErr {
		s.withErrors++
	}
}

func (s *summary) write(w io.Writer, took time.Duration, p i18n.Printer) {
	var b strings.Builder
	rate := ""
	if took > 0 {
		rate = p.T(", %s files/s", strconv.FormatFloat(float64(s.files+s.failed)/took.Seconds(), 'f', 0, 64))
	}
	fmt.Fprintf(&b, "\nnazir check: %s\n", p.T("%s files checked in %s%s", strconv.Itoa(s.files), took.Round(time.Millisecond), rate))
	// English is a table; Arabic, whose width terminals measure
	// differently, is "label: number" lines.
	row := func(label string, n int) {
		if p.Lang() == i18n.English {
			fmt.Fprintf(&b, "  %-28s %6d\n", label, n)
		} else {
			fmt.Fprintf(&b, "  %s: %d\n", p.Word(label), n)
		}
	}
	row("files with findings", s.withFindings)
	row("files with error findings", s.withErrors)
	row("files not read or checked", s.failed)
	if s.accepted > 0 {
		row("findings accepted (config)", s.accepted)
	}
	if s.known > 0 {
		row("findings in the baseline", s.known)
	}
	if len(s.byKind) > 0 {
		kinds := make([]string, 0, len(s.byKind))
		for k := range s.byKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		if p.Lang() == i18n.English {
			fmt.Fprintf(&b, "  %-28s %6s %6s\n", "finding kind", "count", "files")
		}
		for _, k := range kinds {
			if p.Lang() == i18n.English {
				fmt.Fprintf(&b, "  %-28s %6d %6d\n", k, s.byKind[k], s.filesByKind[k])
			} else {
				fmt.Fprintf(&b, "  %s\n", p.T("%s: %s findings in %s files", p.Word(k), strconv.Itoa(s.byKind[k]), strconv.Itoa(s.filesByKind[k])))
			}
		}
	}
	io.WriteString(w, b.String())
}
