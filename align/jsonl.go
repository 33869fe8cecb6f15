package align

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// MaxLineBytes is the longest JSON Lines record a JSONLReader accepts.
const MaxLineBytes = 4 << 20

// record is one JSON Lines input record: {id, doc, src, tgt, src_lang}.
// Without id, the line number is the id; records with the same doc on
// consecutive lines form one document.
type record struct {
	ID      json.RawMessage `json:"id"`
	Doc     json.RawMessage `json:"doc"`
	Src     *string         `json:"src"`
	Tgt     *string         `json:"tgt"`
	SrcLang string          `json:"src_lang"`
	TgtLang string          `json:"tgt_lang"`
}

// JSONLReader reads documents from JSON Lines, one record a line, without
// holding more than one document in memory.
type JSONLReader struct {
	// SrcLang is the source language of records without "src_lang"
	// (empty: such a record is an error).
	SrcLang string
	name    string
	sc      *bufio.Scanner
	line    int
	pending *Segment // the first segment of the next document
	pendDoc string
	err     error
}

// NewJSONLReader reads JSON Lines records from r; name is used in errors.
func NewJSONLReader(r io.Reader, name string) *JSONLReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes)
	return &JSONLReader{name: name, sc: sc}
}

// Next returns the next document, or io.EOF after the last. An error
// names the file, line and cause.
func (jr *JSONLReader) Next() (*Document, error) {
	if jr.err != nil {
		return nil, jr.err
	}
	var d *Document
	if jr.pending != nil {
		d = &Document{ID: jr.pendDoc, Segments: []Segment{*jr.pending}}
		jr.pending = nil
	}
	for {
		seg, doc, err := jr.record()
		if err != nil {
			jr.err = err
			if errors.Is(err, io.EOF) && d != nil {
				return d, nil
			}
			return nil, err
		}
		if d == nil {
			d = &Document{ID: doc, Segments: []Segment{seg}}
			if doc == "" {
				return d, nil
			}
			continue
		}
		if doc != "" && doc == d.ID {
			d.Segments = append(d.Segments, seg)
			continue
		}
		jr.pending, jr.pendDoc = &seg, doc
		return d, nil
	}
}

// record reads the next non-blank line.
func (jr *JSONLReader) record() (Segment, string, error) {
	for jr.sc.Scan() {
		jr.line++
		b := bytes.TrimSpace(jr.sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(&rec); err != nil {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: %v", jr.name, jr.line, ErrInput, err)
		}
		if dec.More() {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: more than one JSON value on the line", jr.name, jr.line, ErrInput)
		}
		if rec.Src == nil || rec.Tgt == nil {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: a record needs \"src\" and \"tgt\"", jr.name, jr.line, ErrInput)
		}
		if rec.SrcLang == "" {
			rec.SrcLang = jr.SrcLang
		}
		if rec.SrcLang == "" {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: a record needs \"src_lang\"", jr.name, jr.line, ErrInput)
		}
		if !isArabic(rec.TgtLang) {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: tgt_lang %q: the target must be Arabic (ar)", jr.name, jr.line, ErrInput, rec.TgtLang)
		}
		id, err := idString(rec.ID)
		if err != nil {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: id: %v", jr.name, jr.line, ErrInput, err)
		}
		if id == "" {
			id = strconv.Itoa(jr.line)
		}
		doc, err := idString(rec.Doc)
		if err != nil {
			return Segment{}, "", fmt.Errorf("%s:%d: %w: doc: %v", jr.name, jr.line, ErrInput, err)
		}
		return Segment{ID: id, Src: *rec.Src, Tgt: *rec.Tgt, SrcLang: rec.SrcLang}, doc, nil
	}
	if err := jr.sc.Err(); err != nil {
		return Segment{}, "", fmt.Errorf("%s:%d: %w", jr.name, jr.line+1, err)
	}
	return Segment{}, "", io.EOF
}

// idString reads an id written as a string or a number.
func idString(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", errors.New("want a string or a number")
}

// DocumentReader is a stream of documents: JSONLReader, XLIFFReader,
// TMXReader. Next returns io.EOF after the last document.
type DocumentReader interface {
	Next() (*Document, error)
}

// WriteJSONL writes one JSON object per result: {"id", "findings"}.
func WriteJSONL(w io.Writer, rs []Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rs {
		if r.Findings == nil {
			r.Findings = []Finding{}
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("align: writing JSON Lines: %w", err)
		}
	}
	return nil
}
