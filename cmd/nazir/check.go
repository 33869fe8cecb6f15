package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

type checkFlags struct {
	format        string
	gazetteers    stringList
	rules         stringList
	failOn        string
	minConfidence float64
	maxBytes      int
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf checkFlags
	fs.StringVar(&cf.format, "format", "text", "output format: text or json (JSON Lines for several files)")
	fs.Var(&cf.gazetteers, "gazetteer", "gazetteer overlay `FILE` merged over the embedded one (repeatable)")
	fs.Var(&cf.rules, "rules", "rules `FILE` merged over the embedded rules (repeatable)")
	fs.StringVar(&cf.failOn, "fail-on", "warning", "exit 1 when a finding is at least this severe: error, warning or never")
	fs.Float64Var(&cf.minConfidence, "min-confidence", defaultMinConfidence, "drop findings below this confidence (0-1)")
	fs.IntVar(&cf.maxBytes, "max-bytes", consistency.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: nazir check [flags] FILE... | -")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "nazir check: no input (give files, or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	switch cf.format {
	case "text", "json":
	default:
		fmt.Fprintf(stderr, "nazir check: unknown format %q (want text or json)\n", cf.format)
		return exitUsage
	}
	failRank := 0
	switch cf.failOn {
	case "error":
		failRank = consistency.SeverityError.Rank()
	case "warning":
		failRank = consistency.SeverityWarning.Rank()
	case "never":
		failRank = 99
	default:
		fmt.Fprintf(stderr, "nazir check: --fail-on %q: want error, warning or never\n", cf.failOn)
		return exitUsage
	}
	if cf.minConfidence < 0 || cf.minConfidence > 1 {
		fmt.Fprintf(stderr, "nazir check: --min-confidence %v: want a number from 0 to 1\n", cf.minConfidence)
		return exitUsage
	}
	opts := []nazir.Option{nazir.WithOptions(consistency.Options{MaxBytes: cf.maxBytes, MinConfidence: cf.minConfidence})}
	for _, g := range cf.gazetteers {
		opts = append(opts, nazir.WithGazetteerFile(g))
	}
	for _, r := range cf.rules {
		opts = append(opts, nazir.WithRulesFile(r))
	}
	checker, err := nazir.NewChecker(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "nazir check: %v\n", err)
		return exitUsage
	}
	code := exitOK
	for _, name := range fs.Args() {
		src, err := readInput(name, stdin, cf.maxBytes)
		if err == nil {
			var rep *consistency.Report
			rep, err = checker.Check(src)
			if err == nil {
				rep.File = name
				if werr := writeReport(stdout, cf.format, name, src, rep); werr != nil {
					fmt.Fprintf(stderr, "nazir check: writing output: %v\n", werr)
					return exitUsage
				}
				for _, f := range rep.Findings {
					if f.Severity.Rank() >= failRank && code == exitOK {
						code = exitFindings
					}
				}
				continue
			}
		}
		fmt.Fprintf(stderr, "nazir check: %s: %v\n", displayName(name), err)
		code = exitUsage
	}
	return code
}

// defaultMinConfidence was chosen on the dev set and the newswire articles
// (see README, "Confidence").
const defaultMinConfidence = 0.5

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// readInput reads a file (or stdin for "-") up to limit bytes.
func readInput(name string, stdin io.Reader, limit int) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		st, err := os.Stat(name)
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			return nil, fmt.Errorf("is a directory")
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("larger than %d bytes (raise --max-bytes): %w", limit, consistency.ErrTooLarge)
	}
	return data, nil
}

func writeReport(w io.Writer, format, name string, src []byte, rep *consistency.Report) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	default:
		return writeText(w, displayName(name), src, rep)
	}
}

// writeText prints one block per finding: the location line, the source
// line (a window of it) with the span underlined, and the suggestion. The
// carets count runes in logical order, so they line up in terminals that do
// not reorder right-to-left text; the span is also quoted on its own.
func writeText(w io.Writer, name string, src []byte, rep *consistency.Report) error {
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", name, f.Line, f.Column, f.Severity, f.Message, f.Kind)
		ls, le := lineBounds(src, f.Start)
		s, e := f.Start, min(f.End, le)
		ws, we := window(src, ls, le, s, e, 30)
		prefix := "    "
		if ws > ls {
			prefix += "…"
		}
		fmt.Fprintf(&b, "%s%s", prefix, src[ws:we])
		if we < le {
			b.WriteString("…")
		}
		b.WriteString("\n")
		pad := utf8.RuneCount([]byte(prefix)) + utf8.RuneCount(src[ws:s])
		fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", pad), strings.Repeat("^", max(1, utf8.RuneCount(src[s:e]))))
		switch {
		case f.Kind == consistency.NameVariant:
			var forms []string
			for _, m := range f.Mentions {
				forms = append(forms, fmt.Sprintf("«%s» (%d:%d)", m.Text, m.Start, m.End))
			}
			fmt.Fprintf(&b, "    spellings: %s; canonical «%s»\n", strings.Join(forms, ", "), f.Canonical)
		case f.Suggestion != nil:
			fmt.Fprintf(&b, "    «%s» → «%s»\n", f.Text, *f.Suggestion)
		default:
			fmt.Fprintf(&b, "    «%s»\n", f.Text)
		}
	}
	if len(rep.Findings) == 0 {
		var ps []string
		for _, p := range rep.Participants {
			ps = append(ps, p.ID)
		}
		fmt.Fprintf(&b, "%s: ok (participants: %s)\n", name, strings.Join(ps, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func lineBounds(src []byte, off int) (int, int) {
	s := off
	for s > 0 && src[s-1] != '\n' && src[s-1] != '\r' {
		s--
	}
	e := off
	for e < len(src) && src[e] != '\n' && src[e] != '\r' {
		e++
	}
	return s, e
}

// window returns up to n runes of context either side of [s,e) within [ls,le).
func window(src []byte, ls, le, s, e, n int) (int, int) {
	ws := s
	for k := 0; k < n && ws > ls; k++ {
		_, size := utf8.DecodeLastRune(src[ls:ws])
		ws -= size
	}
	we := e
	for k := 0; k < n && we < le; k++ {
		_, size := utf8.DecodeRune(src[we:le])
		we += size
	}
	return ws, we
}
