package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/nazir-nlp/nazir/arabic"
)

// runNormalize implements `nazir normalize [--show-map] FILE|-`: it prints the
// normalised text and, with --show-map, a table of the token spans.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	showMap := fs.Bool("show-map", false, "after the text, print each token: kind, normalised span, original span, normalised and original text")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: nazir normalize [--show-map] FILE | -")
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 1 {
		fs.Usage()
		return exitUsage
	}
	name := files[0]
	src, err := readNormalizeInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "nazir normalize: %v\n", err)
		return exitUsage
	}
	t := arabic.Normalize(src)
	if _, err := io.WriteString(stdout, t.Norm); err != nil {
		fmt.Fprintf(stderr, "nazir normalize: write: %v\n", err)
		return exitUsage
	}
	if !*showMap {
		return exitOK
	}
	if len(t.Norm) > 0 && t.Norm[len(t.Norm)-1] != '\n' {
		fmt.Fprintln(stdout)
	}
	fmt.Fprintln(stdout)
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tNORM\tORIG\tNORM TEXT\tORIG TEXT")
	for i, tk := range t.Tokens() {
		fmt.Fprintf(tw, "%s\t%d-%d\t%d-%d\t%s\t%s\n", tk.Kind, tk.Start, tk.End, tk.OrigStart, tk.OrigEnd,
			strconv.Quote(t.TokenText(i)), strconv.Quote(string(t.TokenOrig(i))))
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "nazir normalize: write: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// readNormalizeInput reads the named file, or stdin for "-".
func readNormalizeInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return b, nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return b, nil
}
