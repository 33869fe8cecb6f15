package align

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// XLIFF namespaces.
const (
	nsXLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
	nsXLIFF2  = "urn:oasis:names:tc:xliff:document:2.0"
	nsITS     = "http://www.w3.org/2005/11/its"
)

// chunk is one run of character data of a source or target: text bytes
// [text, text+len) come from raw bytes [raw, rawEnd) of the file. When the
// raw bytes hold references (&amp;) or a CDATA section, offs maps each
// text byte offset (and the end) to its raw offset.
type chunk struct {
	text, raw, rawEnd int
	n                 int // text length
	offs              []int
}

// rawAt returns the raw offset of text offset t (within the chunk).
func (c *chunk) rawAt(t int) int {
	if c.offs == nil {
		return c.raw + (t - c.text)
	}
	return c.offs[t-c.text]
}

// segLoc is where one segment's target is in the file.
type segLoc struct {
	hasTarget bool
	open      int // raw offset just after the <target ...> start tag
	close     int // raw offset of </target>
	chunks    []chunk
	v2        bool
}

// XLIFFReader reads documents (one per <file>) from XLIFF 1.2 or 2.x:
// units inside groups, the text of <source> and <target> without inline
// codes' native data (1.2 <ph>, <bpt>, <ept>, <it>; 2.x codes are empty
// elements) and with the text inside <g>, <pc> and <mrk>.
type XLIFFReader struct {
	// SrcLang is the source language when the file names none.
	SrcLang   string
	name      string
	dec       *xml.Decoder
	v2        bool
	xliffLang string // 2.x srcLang
	locs      []segLoc
	root      int // raw offset just after the <xliff name, for the ITS namespace
	done      bool
	raw       []byte
}

// NewXLIFFReader reads XLIFF from data (not copied; the caller must not
// change it while reading); name is used in errors. Next decodes one
// <file> at a time.
func NewXLIFFReader(data []byte, name string) (*XLIFFReader, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: %w: not UTF-8", name, ErrInput)
	}
	xr := &XLIFFReader{name: name, dec: xml.NewDecoder(bytes.NewReader(data)), root: -1, raw: data}
	xr.dec.Strict = true
	return xr, nil
}

// NewXLIFFStream reads XLIFF from r without holding it: documents as
// NewXLIFFReader gives them, one <file> at a time, for checking only
// (AnnotateXLIFF needs the bytes).
func NewXLIFFStream(r io.Reader, name string) *XLIFFReader {
	xr := &XLIFFReader{name: name, dec: xml.NewDecoder(r), root: -1}
	xr.dec.Strict = true
	return xr
}

func (xr *XLIFFReader) errf(format string, args ...any) error {
	line, col := xr.dec.InputPos()
	return fmt.Errorf("%s:%d:%d: %w: %s", xr.name, line, col, ErrInput, fmt.Sprintf(format, args...))
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || a.Name.Space == se.Name.Space) {
			return a.Value
		}
	}
	return ""
}

// token returns the next token and its raw byte range.
func (xr *XLIFFReader) token() (xml.Token, int, int, error) {
	start := int(xr.dec.InputOffset())
	t, err := xr.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, start, start, io.EOF
		}
		line, col := xr.dec.InputPos()
		return nil, start, start, fmt.Errorf("%s:%d:%d: %w: %v", xr.name, line, col, ErrInput, err)
	}
	return t, start, int(xr.dec.InputOffset()), nil
}

// Next returns the next <file> as a document, or io.EOF.
func (xr *XLIFFReader) Next() (*Document, error) {
	if xr.done {
		return nil, io.EOF
	}
	var d *Document
	var unitID string
	segInUnit := 0
	var cur *Segment
	for {
		t, start, end, err := xr.token()
		if errors.Is(err, io.EOF) {
			xr.done = true
			if d != nil {
				return nil, xr.errf("unexpected end inside <file>")
			}
			if xr.root < 0 {
				return nil, xr.errf("no <xliff> element")
			}
			return nil, io.EOF
		}
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			ns := t.Name.Space
			if ns != nsXLIFF12 && ns != nsXLIFF2 {
				if xr.root < 0 {
					return nil, xr.errf("<%s> in namespace %q is no XLIFF 1.2 or 2.x", t.Name.Local, ns)
				}
				if err := xr.dec.Skip(); err != nil {
					return nil, xr.errf("%v", err)
				}
				continue
			}
			switch t.Name.Local {
			case "file", "trans-unit", "unit", "segment":
				if xr.root < 0 {
					return nil, xr.errf("<%s> outside <xliff>", t.Name.Local)
				}
				if t.Name.Local != "file" && d == nil {
					return nil, xr.errf("<%s> outside <file>", t.Name.Local)
				}
			}
			switch t.Name.Local {
			case "xliff":
				xr.v2 = ns == nsXLIFF2
				xr.xliffLang = attr(t, "srcLang")
				if tl := attr(t, "trgLang"); xr.v2 && !isArabic(tl) {
					return nil, xr.errf("trgLang %q: the target must be Arabic (ar)", tl)
				}
				xr.root = afterName(xr.raw, start)
			case "file":
				d = &Document{ID: attr(t, "id")}
				if d.ID == "" {
					d.ID = attr(t, "original")
				}
				d.SrcLang = attr(t, "source-language")
				if tl := attr(t, "target-language"); !xr.v2 && !isArabic(tl) {
					return nil, xr.errf("target-language %q: the target must be Arabic (ar)", tl)
				}
				if xr.v2 {
					d.SrcLang = xr.xliffLang
				}
				if d.SrcLang == "" {
					d.SrcLang = xr.SrcLang
				}
			case "trans-unit", "unit":
				unitID = attr(t, "id")
				segInUnit = 0
				if t.Name.Local == "trans-unit" {
					d.Segments = append(d.Segments, Segment{ID: unitID})
					xr.locs = append(xr.locs, segLoc{})
					cur = &d.Segments[len(d.Segments)-1]
				}
			case "segment":
				segInUnit++
				id := attr(t, "id")
				if id == "" {
					id = strconv.Itoa(segInUnit)
				}
				d.Segments = append(d.Segments, Segment{ID: unitID + "/" + id})
				xr.locs = append(xr.locs, segLoc{v2: true})
				cur = &d.Segments[len(d.Segments)-1]
			case "source", "target":
				if d == nil || cur == nil {
					if err := xr.dec.Skip(); err != nil {
						return nil, xr.errf("%v", err)
					}
					continue
				}
				loc := &xr.locs[len(xr.locs)-1]
				var text strings.Builder
				var chunks []chunk
				if err := xr.content(t.Name, &text, &chunks, 0); err != nil {
					return nil, err
				}
				if t.Name.Local == "source" {
					cur.Src = text.String()
				} else {
					cur.Tgt = text.String()
					// an empty <target/> has nothing to mark
					if !bytes.HasSuffix(xr.rawAt(start, end), []byte("/>")) {
						loc.hasTarget, loc.open, loc.chunks = true, end, chunks
						loc.close = bytes.LastIndex(xr.rawAt(0, int(xr.dec.InputOffset())), []byte("</"))
					}
				}
			case "seg-source", "alt-trans", "notes", "note", "originalData", "ignorable", "header", "skeleton":
				if err := xr.dec.Skip(); err != nil {
					return nil, xr.errf("%v", err)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "file":
				if d != nil && t.Name.Space == d2ns(xr.v2) {
					for i := range d.Segments {
						if d.Segments[i].ID == "" || strings.HasPrefix(d.Segments[i].ID, "/") {
							d.Segments[i].ID = strconv.Itoa(i+1) + d.Segments[i].ID
						}
					}
					return d, nil
				}
			case "trans-unit", "segment":
				cur = nil
			}
		}
	}
}

func d2ns(v2 bool) string {
	if v2 {
		return nsXLIFF2
	}
	return nsXLIFF12
}

func (xr *XLIFFReader) rawAt(start, end int) []byte {
	if xr.raw == nil || end > len(xr.raw) {
		return nil
	}
	return xr.raw[start:end]
}

// afterName returns the offset after the element name of the start tag
// at start (<xliff or <x:xliff).
func afterName(data []byte, start int) int {
	i := start + 1
	for i < len(data) && data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' && data[i] != '>' && data[i] != '/' {
		i++
	}
	return i
}

// codeElements hold native code, not text (XLIFF 1.2); their content is
// skipped.
var codeElements = map[string]bool{"ph": true, "bpt": true, "ept": true, "it": true, "sub": true}

// content reads the inside of <source> or <target> up to its end tag,
// appending text and chunks.
func (xr *XLIFFReader) content(name xml.Name, text *strings.Builder, chunks *[]chunk, depth int) error {
	if depth > 64 {
		return xr.errf("inline elements nested deeper than 64 levels")
	}
	for {
		t, start, end, err := xr.token()
		if errors.Is(err, io.EOF) {
			return xr.errf("unexpected end inside <%s>", name.Local)
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.CharData:
			if xr.raw != nil { // offsets are kept only for annotating
				c := chunk{text: text.Len(), raw: start, rawEnd: end, n: len(t)}
				if rb := xr.rawAt(start, end); !bytes.Equal(rb, t) {
					c.offs = mapOffsets(rb, start, len(t))
				}
				*chunks = append(*chunks, c)
			}
			text.Write(t)
		case xml.StartElement:
			if !xr.v2 && codeElements[t.Name.Local] {
				if err := xr.dec.Skip(); err != nil {
					return xr.errf("%v", err)
				}
				continue
			}
			if err := xr.content(t.Name, text, chunks, depth+1); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// mapOffsets maps the text offsets of a character-data token to raw
// offsets: references (&amp; &#x41;) and CDATA markers take raw bytes
// that give fewer text bytes. Without raw bytes (a stream), text offsets
// map to the token's start.
func mapOffsets(raw []byte, base, n int) []int {
	offs := make([]int, 0, n+1)
	if raw == nil {
		for i := 0; i <= n; i++ {
			offs = append(offs, base)
		}
		return offs
	}
	i := 0
	for i < len(raw) && len(offs) < n {
		switch {
		case bytes.HasPrefix(raw[i:], []byte("<![CDATA[")):
			i += len("<![CDATA[")
			for i < len(raw) && !bytes.HasPrefix(raw[i:], []byte("]]>")) && len(offs) < n {
				offs = append(offs, base+i)
				i++
			}
			i += len("]]>")
		case raw[i] == '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 {
				j = 0
			}
			ref := string(raw[i+1 : i+j])
			width := 1
			if strings.HasPrefix(ref, "#") {
				var v uint64
				var err error
				if strings.HasPrefix(ref, "#x") {
					v, err = strconv.ParseUint(ref[2:], 16, 32)
				} else {
					v, err = strconv.ParseUint(ref[1:], 10, 32)
				}
				if err == nil {
					width = utf8.RuneLen(rune(v))
				}
			}
			for k := 0; k < max(width, 1) && len(offs) < n; k++ {
				offs = append(offs, base+i)
			}
			i += j + 1
		case raw[i] == '\r':
			// the decoder turns CR LF and CR into LF
			offs = append(offs, base+i)
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			i++
		default:
			offs = append(offs, base+i)
			i++
		}
	}
	for len(offs) < n {
		offs = append(offs, base+len(raw))
	}
	return append(offs, base+len(raw))
}

// LQI annotation of one finding.
type lqi struct {
	start, end int // raw offsets
	f          *Finding
	order      int
}

// severityScore maps a finding's severity to ITS 2.0's 0–100 scale.
func severityScore(s Severity) string {
	switch s {
	case "error":
		return "90"
	case "warning":
		return "50"
	}
	return "10"
}

// AnnotateXLIFF returns data with every finding of rs as an ITS 2.0
// Localization Quality Issue annotation in the target: the finding's
// target span wrapped in <mrk> (1.2: mtype="x-its"; 2.x: type="its:generic"
// with an id) carrying its:locQualityIssueType="inconsistent-entities",
// its:locQualityIssueComment (the message and the suggestion) and
// its:locQualityIssueSeverity, and the ITS namespace declared on <xliff>.
// Every other byte is the input's. rs must be the results of checking the
// documents the XLIFFReader reads from data, in order. A span that
// crosses an inline code, or a finding without a target span of its own
// (a missing entity), marks the whole target.
func AnnotateXLIFF(data []byte, rs []Result) ([]byte, error) {
	xr, err := NewXLIFFReader(data, "xliff")
	if err != nil {
		return nil, err
	}
	for {
		if _, err := xr.Next(); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, err
		}
	}
	if len(xr.locs) != len(rs) {
		return nil, fmt.Errorf("align: AnnotateXLIFF: %d results for %d segments", len(rs), len(xr.locs))
	}
	var marks []lqi
	for i := range rs {
		loc := &xr.locs[i]
		for j := range rs[i].Findings {
			f := &rs[i].Findings[j]
			if !loc.hasTarget {
				continue
			}
			s, e, ok := loc.rawSpan(f)
			if !ok {
				s, e = loc.open, loc.close
			}
			marks = append(marks, lqi{start: s, end: e, f: f, order: len(marks)})
		}
	}
	if len(marks) == 0 {
		return bytes.Clone(data), nil
	}
	// Marks must nest: one that crosses another marks its whole target.
	sort.SliceStable(marks, func(a, b int) bool {
		if marks[a].start != marks[b].start {
			return marks[a].start < marks[b].start
		}
		return marks[a].end > marks[b].end
	})
	for a := range marks {
		for b := 0; b < a; b++ {
			if marks[b].start < marks[a].start && marks[a].start < marks[b].end && marks[b].end < marks[a].end {
				for i := range xr.locs {
					if l := &xr.locs[i]; l.open <= marks[a].start && marks[a].end <= l.close {
						marks[a].start, marks[a].end = l.open, l.close
					}
				}
			}
		}
	}
	sort.SliceStable(marks, func(a, b int) bool {
		if marks[a].start != marks[b].start {
			return marks[a].start < marks[b].start
		}
		return marks[a].end > marks[b].end
	})
	type ins struct {
		at    int
		close bool
		outer int // for ordering at one offset
		text  string
	}
	var out []ins
	for k, m := range marks {
		open := openMrk(xr.v2, m.f, k+1)
		out = append(out, ins{at: m.start, text: open, outer: k}, ins{at: m.end, close: true, outer: k, text: "</mrk>"})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].at != out[b].at {
			return out[a].at < out[b].at
		}
		if out[a].close != out[b].close {
			return out[a].close // closes before opens
		}
		if out[a].close {
			return out[a].outer > out[b].outer // inner closes first
		}
		return out[a].outer < out[b].outer // outer opens first
	})
	var buf bytes.Buffer
	buf.Grow(len(data) + len(out)*160)
	last := 0
	if xr.root >= 0 && !bytes.Contains(xliffStartTag(data, xr.root), []byte(nsITS)) {
		buf.Write(data[:xr.root])
		buf.WriteString(` xmlns:its="` + nsITS + `"`)
		if !xr.v2 {
			buf.WriteString(` its:version="2.0"`)
		}
		last = xr.root
	}
	for _, x := range out {
		buf.Write(data[last:x.at])
		buf.WriteString(x.text)
		last = x.at
	}
	buf.Write(data[last:])
	return buf.Bytes(), nil
}

// xliffStartTag returns the <xliff ...> start tag's bytes after its name.
func xliffStartTag(data []byte, root int) []byte {
	if i := bytes.IndexByte(data[root:], '>'); i >= 0 {
		return data[root : root+i]
	}
	return nil
}

func openMrk(v2 bool, f *Finding, n int) string {
	comment := f.Message
	if f.Suggestion != nil {
		comment += " — suggestion: " + *f.Suggestion
	}
	var b strings.Builder
	if v2 {
		b.WriteString(`<mrk id="nazir-` + strconv.Itoa(n) + `" type="its:generic"`)
	} else {
		b.WriteString(`<mrk mtype="x-its" mid="nazir-` + strconv.Itoa(n) + `"`)
	}
	b.WriteString(` its:locQualityIssueType="inconsistent-entities" its:locQualityIssueComment="`)
	xml.EscapeText(&b, []byte(string(f.Kind)+": "+comment))
	b.WriteString(`" its:locQualityIssueSeverity="` + severityScore(f.Severity) + `">`)
	return b.String()
}

// rawSpan maps a finding's target span to raw offsets when it lies in one
// chunk of character data and is not the whole-target span of a missing
// entity.
func (l *segLoc) rawSpan(f *Finding) (int, int, bool) {
	if f.Kind == MissingEntity || f.Tgt.Start == f.Tgt.End {
		return 0, 0, false
	}
	for i := range l.chunks {
		c := &l.chunks[i]
		if c.text <= f.Tgt.Start && f.Tgt.End <= c.text+c.n {
			return c.rawAt(f.Tgt.Start), c.rawAt(f.Tgt.End), true
		}
	}
	return 0, 0, false
}

// isArabic reports whether a language tag is Arabic (ar, ar-SA, arb) or
// empty (not said).
func isArabic(tag string) bool {
	if tag == "" {
		return true
	}
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return base == "ar" || base == "arb"
}
