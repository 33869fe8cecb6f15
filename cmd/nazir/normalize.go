package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/consistency"
)

// runNormalize implements `nazir normalize [--show-map] FILE|-`: it prints the
// normalised text and, with --show-map, a table of the token spans.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	maxBytes := fs.Int("max-bytes", consistency.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	showMap := fs.Bool("show-map", false, "after the text, print each token: kind, normalised span, original span, normalised and original text")
	file, code, ok := parseOneFile(fs, "usage: nazir normalize [--show-map] [--max-bytes N] FILE | -", args, stdout, stderr)
	if !ok {
		return code
	}
	if !validMaxBytes("normalize", *maxBytes, stderr) {
		return exitUsage
	}
	_, src, ok := readOneText("normalize", file, stdin, *maxBytes, stderr)
	if !ok {
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
