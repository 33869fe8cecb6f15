package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/report"
)

// tagLoadGazetteer returns the embedded gazetteer with each file merged
// over it in order (an overlay adds entries or replaces them by id).
func tagLoadGazetteer(files []string) (*entities.Gazetteer, error) {
	g, err := nazir.DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		ov, err := entities.ParseFile(f)
		if err != nil {
			return nil, err
		}
		if g, err = entities.Merge(g, ov); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// tagMention is the JSON shape of one mention of `nazir tag`.
type tagMention struct {
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Line     int             `json:"line"`
	Column   int             `json:"column"`
	Text     string          `json:"text"`
	Entity   string          `json:"entity"`
	Entities []string        `json:"entities"`
	Kind     entities.Kind   `json:"kind"`
	Form     entities.Form   `json:"form"`
	Prefix   string          `json:"prefix,omitempty"`
	Definite bool            `json:"definite,omitempty"`
	Gender   entities.Gender `json:"gender,omitempty"`
	Number   entities.Number `json:"number,omitempty"`
	Weak     bool            `json:"weak,omitempty"`
}

func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nazir tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var gaz stringList
	fs.Var(&gaz, "gazetteer", "gazetteer overlay `FILE` merged over the embedded one (repeatable)")
	maxBytes := fs.Int("max-bytes", consistency.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	file, code, ok := parseOneFile(fs, "usage: nazir tag [--format text|json] [--gazetteer FILE]... [--max-bytes N] FILE|-", args, stdout, stderr)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "nazir tag: unknown format %q (want text or json)\n", *format)
		return exitUsage
	}
	if !validMaxBytes("tag", *maxBytes, stderr) {
		return exitUsage
	}
	g, err := tagLoadGazetteer(gaz)
	if err != nil {
		fmt.Fprintf(stderr, "nazir tag: %v\n", err)
		return exitUsage
	}
	name, src, ok := readOneText("tag", file, stdin, *maxBytes, stderr)
	if !ok {
		return exitUsage
	}
	norm := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTagger(g, norm)
	if err != nil {
		fmt.Fprintf(stderr, "nazir tag: %v\n", err)
		return exitUsage
	}
	ms := tg.Tag(norm.Normalize(src))
	lines := &tagPositions{li: consistency.NewLineIndex(src), src: src}
	if *format == "json" {
		out := struct {
			File     string       `json:"file"`
			Mentions []tagMention `json:"mentions"`
		}{File: name, Mentions: make([]tagMention, 0, len(ms))}
		for _, m := range ms {
			p := lines.at(m.Start)
			out.Mentions = append(out.Mentions, tagMention{
				Start: m.Start, End: m.End, Line: p.Line, Column: p.Column, Text: m.Text,
				Entity: m.Entities[0], Entities: m.Entities, Kind: m.Kind, Form: m.Form,
				Prefix: m.Prefix, Definite: m.Definite, Gender: m.Gender, Number: m.Number, Weak: m.Weak,
			})
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "nazir tag: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	for _, m := range ms {
		p := lines.at(m.Start)
		var attrs []string
		if m.Prefix != "" {
			attrs = append(attrs, "prefix="+m.Prefix)
		}
		if m.Definite {
			attrs = append(attrs, "definite")
		}
		if m.Gender != 0 {
			attrs = append(attrs, m.Gender.String())
		}
		if m.Number != 0 {
			attrs = append(attrs, m.Number.String())
		}
		if m.Weak {
			attrs = append(attrs, "weak")
		}
		// The text lines quote the input: its controls are escaped.
		fmt.Fprintf(stdout, "%s:%d:%d\t%d-%d\t%s\t%s\t%s\t%s", report.EscapeControls(name), p.Line, p.Column, m.Start, m.End,
			m.Form, m.Kind, strings.Join(m.Entities, ","), report.EscapeControls(m.Text))
		if len(attrs) > 0 {
			fmt.Fprintf(stdout, "\t%s", report.EscapeControls(strings.Join(attrs, " ")))
		}
		fmt.Fprintln(stdout)
	}
	return exitOK
}

// tagPositions gives the positions of offsets in increasing order (the
// tagger's mentions) in time linear in the text: a column on the line of
// the previous offset is counted on from it; the first offset on a line
// is placed by the line index.
type tagPositions struct {
	li       *consistency.LineIndex
	src      []byte
	off      int
	prev     consistency.Position
	havePrev bool
	read     int // bytes counted on from earlier offsets (a test holds it to the text)
}

func (tp *tagPositions) at(off int) consistency.Position {
	var p consistency.Position
	if seg := tp.src[min(tp.off, off):off]; tp.havePrev && off >= tp.off && !bytes.ContainsAny(seg, "\r\n") {
		n := utf8.RuneCount(seg)
		tp.read += len(seg)
		p = tp.prev
		p.Column += n
		p.RuneOffset += n
	} else {
		p = tp.li.At(off)
	}
	tp.off, tp.prev, tp.havePrev = off, p, true
	return p
}
