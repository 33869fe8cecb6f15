// Command newsroom is an example newsroom tool built on the nazir package:
// it checks one release and prints a summary for the editor on duty — who
// met whom (and why nazir thinks so), then every finding with its line, the
// text as written and the replacement nazir proposes.
//
//	go run ./examples/newsroom testdata/releases/azerbaijan-2026-01-28.txt
//
// It exits 1 when the release has findings, 2 when it cannot be checked.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: newsroom RELEASE.txt")
		os.Exit(2)
	}
	n, err := run(os.Stdout, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsroom:", err)
		os.Exit(2)
	}
	if n > 0 {
		os.Exit(1)
	}
}

// run checks the release at path, writes the editor's summary to w and
// returns the number of findings.
func run(w io.Writer, path string) (int, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	rep, err := nazir.Check(text)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	rep.File = path
	var b strings.Builder
	summarize(&b, rep, text)
	_, err = io.WriteString(w, b.String())
	return len(rep.Findings), err
}

// summarize writes the summary of one report.
func summarize(b *strings.Builder, rep *consistency.Report, text []byte) {
	fmt.Fprintf(b, "Release: %s\n\nWho met whom\n", rep.File)
	if len(rep.Participants) == 0 {
		b.WriteString("  nazir could not tell the parties of this release\n")
	}
	for _, p := range rep.Participants {
		role := p.Role
		if role == "" {
			role = "party"
		}
		var ev []string
		for _, e := range p.Evidence {
			s := "«" + e.Text + "»"
			if e.Note != "" {
				s += " (" + e.Note + ")"
			}
			ev = append(ev, s)
		}
		fmt.Fprintf(b, "  %-5s %s %s (%s)\n", role, p.ID, p.Name, p.English)
		if len(ev) > 0 {
			fmt.Fprintf(b, "        because: %s\n", strings.Join(ev, ", "))
		}
	}

	counts := map[consistency.Severity]int{}
	for _, f := range rep.Findings {
		counts[f.Severity]++
	}
	fmt.Fprintf(b, "\nTo check before publishing: %d finding(s) — %d error(s), %d warning(s), %d note(s)\n",
		len(rep.Findings), counts[consistency.SeverityError], counts[consistency.SeverityWarning], counts[consistency.SeverityInfo])
	for i, f := range rep.Findings {
		fmt.Fprintf(b, "\n%2d. line %d, column %d [%s, %s]\n", i+1, f.Line, f.Column, f.Severity, f.Kind)
		fmt.Fprintf(b, "    why:      %s\n", f.Message)
		switch {
		case f.Kind == consistency.NameVariant:
			var forms []string
			for _, m := range f.Mentions {
				forms = append(forms, fmt.Sprintf("«%s» (line %d)", m.Text, lineOf(text, m.Start)))
			}
			fmt.Fprintf(b, "    written:  %s\n", strings.Join(forms, ", "))
			if f.Canonical != "" {
				fmt.Fprintf(b, "    write:    «%s» throughout\n", f.Canonical)
			}
		default:
			fmt.Fprintf(b, "    written:  «%s» in «%s»\n", f.Text, context(text, f.Start, f.End, 4))
			if f.Suggestion != nil {
				fmt.Fprintf(b, "    write:    «%s»\n", *f.Suggestion)
			}
		}
	}
	if len(rep.Findings) == 0 {
		b.WriteString("  nothing: the release names its parties consistently\n")
	}
}

// lineOf is the 1-based line of a byte offset.
func lineOf(text []byte, off int) int {
	if off > len(text) {
		off = len(text)
	}
	return 1 + strings.Count(string(text[:max(off, 0)]), "\n")
}

// context is the span with up to n words on each side, from the same line.
func context(text []byte, start, end, n int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	ls := strings.LastIndexByte(string(text[:start]), '\n') + 1
	le := len(text)
	if k := strings.IndexByte(string(text[end:]), '\n'); k >= 0 {
		le = end + k
	}
	before := strings.Fields(string(text[ls:start]))
	after := strings.Fields(string(text[end:le]))
	before = before[max(0, len(before)-n):]
	after = after[:min(n, len(after))]
	s := string(text[start:end])
	if len(before) > 0 && !strings.HasSuffix(string(text[ls:start]), " ") {
		// the span starts inside a word (a proclitic before it): keep them together
		s = before[len(before)-1] + s
		before = before[:len(before)-1]
	}
	if len(after) > 0 && !strings.HasPrefix(string(text[end:le]), " ") {
		s += after[0]
		after = after[1:]
	}
	parts := append(append(before, s), after...)
	return strings.Join(parts, " ")
}
