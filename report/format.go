package report

import (
	"io"
	"strings"

	"github.com/nazir-nlp/nazir/finding"
)

// Format is one output format of reports: its name, what it is for, and
// how it is written. A streaming format renders each document on its own
// (Append), in input order; a batch format collects every document and
// writes one output at the end (NewBatch).
type Format struct {
	// Name is the format's name (nazir check --format NAME).
	Name string
	// Note says what several documents become ("one page"), for usage
	// text; empty when nothing needs saying.
	Note string
	// Batch: one output for all documents, written by a Batch at the end;
	// otherwise one output per document, written by Append.
	Batch bool
	// CheckedText: the format shows the text that was checked and wants
	// the report's spans in that text (for a web page, the page's text);
	// otherwise it wants the input bytes and spans mapped into them.
	CheckedText bool
	// Append appends one document's output to dst (streaming formats).
	Append func(dst []byte, rep *finding.Report, text []byte) ([]byte, error)
	// Write writes what Append appends to w a piece at a time, never
	// holding a large report's output whole (streaming formats). An error
	// is w's or, before anything is written, what Append would return.
	Write func(w io.Writer, rep *finding.Report, text []byte) error
	// NewBatch returns an empty collector (batch formats).
	NewBatch func(o BatchOptions) Batch
}

// BatchOptions configure a batch format's output.
type BatchOptions struct {
	// ToolVersion is the version of nazir the output names.
	ToolVersion string
	// Language is the language of the output's own words (the HTML page's
	// headings, SARIF's rule descriptions): "ar" or "en"; empty leaves
	// each format's default (HTML Arabic, SARIF English). An unknown
	// language makes Write fail.
	Language string
}

// Batch collects documents for one output. Not safe for concurrent use.
type Batch interface {
	// Add records one document: its report and the bytes the report's
	// spans point into.
	Add(rep *finding.Report, text []byte)
	// Write writes the output for every document added.
	Write(w io.Writer) error
}

// formats is the registry, in the order usage text lists the formats.
var formats = [...]Format{
	{Name: "text", Append: func(dst []byte, rep *finding.Report, text []byte) ([]byte, error) {
		return AppendText(dst, rep, text), nil
	}, Write: Text},
	{Name: "json", Note: "JSON Lines for several files", Append: func(dst []byte, rep *finding.Report, _ []byte) ([]byte, error) {
		if n := jsonSizeHint(rep); cap(dst)-len(dst) < n {
			dst = append(make([]byte, 0, len(dst)+n), dst...)
		}
		return appendJSON(dst, rep)
	}, Write: func(w io.Writer, rep *finding.Report, _ []byte) error { return JSON(w, rep) }},
	{Name: "html", Note: "one page", Batch: true, CheckedText: true, NewBatch: func(o BatchOptions) Batch { return &htmlBatch{opts: HTMLOptions{Language: o.Language}} }},
	{Name: "sarif", Note: "one SARIF 2.1.0 log", Batch: true, NewBatch: newSARIFBatch},
}

// Formats returns the output formats (a copy of the registry).
func Formats() []Format {
	out := make([]Format, len(formats))
	copy(out, formats[:])
	return out
}

// LookupFormat returns the format called name.
func LookupFormat(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatNames lists the formats' names for a message: "a, b or c", each
// followed by its Note in parentheses when withNotes is set.
func FormatNames(withNotes bool) string {
	var b strings.Builder
	for i, f := range formats {
		switch {
		case i == len(formats)-1:
			b.WriteString(" or ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(f.Name)
		if withNotes && f.Note != "" {
			b.WriteString(" (" + f.Note + ")")
		}
	}
	return b.String()
}

// htmlBatch collects the documents of one HTML page.
type htmlBatch struct {
	opts HTMLOptions
	docs []Document
}

func (h *htmlBatch) Add(rep *finding.Report, text []byte) {
	h.docs = append(h.docs, Document{Report: rep, Text: text})
}

func (h *htmlBatch) Write(w io.Writer) error { return h.opts.Page(w, h.docs) }

// sarifBatch is a SARIF log whose language is checked when it is written.
type sarifBatch struct {
	*SARIFLog
	err error
}

func newSARIFBatch(o BatchOptions) Batch {
	b := sarifBatch{SARIFLog: NewSARIFLog(o.ToolVersion)}
	if o.Language != "" {
		b.err = b.SetLanguage(o.Language)
	}
	return b
}

func (b sarifBatch) Write(w io.Writer) error {
	if b.err != nil {
		return b.err
	}
	return b.SARIFLog.Write(w)
}
