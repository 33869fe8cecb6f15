package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/align"
)

// runAlign checks translations against their source, entity by entity.
func runAlign(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nazir align", flag.ContinueOnError)
	var cf checkerFlags
	cf.register(fs)
	format := fs.String("format", "jsonl", "output: jsonl, sarif, or xliff (the input XLIFF with ITS 2.0 quality-issue annotations)")
	srcLang := fs.String("src-lang", "", "source language of records or units that do not name one (en, zh, zh-Hant, fr, ru, es)")
	counts := fs.Bool("counts", false, "also report an entity named more often on one side (see README)")
	names := fs.Bool("names", false, "also cluster person names across each document's translation with the monolingual checker (names the gazetteer does not know)")
	failOn := fs.String("fail-on", "warning", "exit 1 on findings of this severity or above: error, warning or never")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: nazir align [flags] FILE...|-   (JSON Lines .jsonl, XLIFF 1.2/2.x .xlf/.xliff, TMX .tmx; - reads JSON Lines)")
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) == 0 {
		fs.Usage()
		return exitUsage
	}
	switch *format {
	case "jsonl", "sarif", "xliff":
	default:
		fmt.Fprintf(stderr, "nazir align: --format %q: want jsonl, sarif or xliff\n", *format)
		return exitUsage
	}
	rank := map[string]int{"error": 3, "warning": 2, "never": 99}
	threshold, okF := rank[*failOn]
	if !okF {
		fmt.Fprintf(stderr, "nazir align: --fail-on %q: want error, warning or never\n", *failOn)
		return exitUsage
	}
	c, err := cf.checker()
	if err != nil {
		fmt.Fprintf(stderr, "nazir align: %v\n", err)
		return exitUsage
	}
	a, err := align.New(c, align.Options{Counts: *counts, Names: *names})
	if err != nil {
		fmt.Fprintf(stderr, "nazir align: %v\n", err)
		return exitUsage
	}
	sarif := align.NewSARIF(nazir.Version)
	exit := exitOK
	for _, name := range files {
		data, err := readInput(name, stdin, cf.maxBytes)
		if err != nil {
			fmt.Fprintf(stderr, "nazir align: %s: %v\n", displayName(name), err)
			exit = exitUsage
			continue
		}
		shown := displayName(name)
		if name == "-" {
			shown = "<stdin>"
		}
		rs, err := alignFile(a, shown, data, *srcLang)
		if err != nil {
			fmt.Fprintf(stderr, "nazir align: %v\n", err)
			exit = exitUsage
			continue
		}
		switch *format {
		case "jsonl":
			err = align.WriteJSONL(stdout, rs)
		case "sarif":
			sarif.Add(shown, rs)
		case "xliff":
			err = writeAnnotated(stdout, shown, data, rs)
		}
		if err != nil {
			fmt.Fprintf(stderr, "nazir align: %s: %v\n", shown, err)
			return exitUsage
		}
		for _, r := range rs {
			for _, f := range r.Findings {
				if f.Severity.Rank() >= threshold && exit == exitOK {
					exit = exitFindings
				}
			}
		}
	}
	if *format == "sarif" {
		if err := sarif.Write(stdout); err != nil {
			fmt.Fprintf(stderr, "nazir align: %v\n", err)
			return exitUsage
		}
	}
	return exit
}

// inputKind tells the format of an input from its name, or its first
// bytes for standard input and unknown extensions.
func inputKind(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".json", ".ndjson":
		return "jsonl"
	case ".xlf", ".xliff", ".sdlxliff", ".mxliff":
		return "xliff"
	case ".tmx":
		return "tmx"
	}
	head := bytes.TrimSpace(data[:min(len(data), 4096)])
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return "jsonl"
	case bytes.Contains(head, []byte("<xliff")):
		return "xliff"
	case bytes.Contains(head, []byte("<tmx")):
		return "tmx"
	}
	return "jsonl"
}

// alignFile reads every document of one input and checks it.
func alignFile(a *align.Aligner, name string, data []byte, srcLang string) ([]align.Result, error) {
	var r align.DocumentReader
	switch inputKind(name, data) {
	case "xliff":
		xr, err := align.NewXLIFFReader(data, name)
		if err != nil {
			return nil, err
		}
		xr.SrcLang = srcLang
		r = xr
	case "tmx":
		tr, err := align.NewTMXReader(bytes.NewReader(data), name)
		if err != nil {
			return nil, err
		}
		tr.SrcLang = srcLang
		r = tr
	default:
		jr := align.NewJSONLReader(bytes.NewReader(data), name)
		jr.SrcLang = srcLang
		r = jr
	}
	var out []align.Result
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		rs, err := a.CheckDocument(d)
		if err != nil {
			return nil, fmt.Errorf("%s: document %s: %w", name, d.ID, err)
		}
		out = append(out, rs...)
	}
}

// writeAnnotated writes an XLIFF input with the findings as ITS 2.0
// Localization Quality Issue annotations.
func writeAnnotated(w io.Writer, name string, data []byte, rs []align.Result) error {
	if inputKind(name, data) != "xliff" {
		return errors.New("--format xliff needs an XLIFF input")
	}
	out, err := align.AnnotateXLIFF(data, rs)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}
