package align

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TMXReader reads translation units from TMX 1.4: each <tu> with a
// source variant (the header's srclang, or the first one not in Arabic)
// and an Arabic variant (xml:lang ar or ar-*) is one document of one
// segment (translation-memory units are independent). The text of <seg>
// is read without inline codes' native data (<bpt>, <ept>, <ph>, <it>,
// <ut>) and with the text of <hi>.
type TMXReader struct {
	// SrcLang is the source language when neither the header nor the
	// variant names one.
	SrcLang string
	name    string
	dec     *xml.Decoder
	srcLang string
	n       int
}

// NewTMXReader reads TMX from r; name is used in errors.
func NewTMXReader(r io.Reader, name string) (*TMXReader, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	return &TMXReader{name: name, dec: dec}, nil
}

func (tr *TMXReader) errf(format string, args ...any) error {
	line, col := tr.dec.InputPos()
	return fmt.Errorf("%s:%d:%d: %w: %s", tr.name, line, col, ErrInput, fmt.Sprintf(format, args...))
}

func xmlLang(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "xml" || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// Next returns the next translation unit with an Arabic variant, or io.EOF.
func (tr *TMXReader) Next() (*Document, error) {
	for {
		t, err := tr.dec.Token()
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		if err != nil {
			return nil, tr.errf("%v", err)
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "header":
			tr.srcLang = attr(se, "srclang")
			if tr.srcLang == "*all*" {
				tr.srcLang = ""
			}
		case "tu":
			tr.n++
			d, err := tr.unit(se)
			if err != nil {
				return nil, err
			}
			if d != nil {
				return d, nil
			}
		}
	}
}

// unit reads one <tu>; nil when it has no Arabic or no source variant.
func (tr *TMXReader) unit(tu xml.StartElement) (*Document, error) {
	id := attr(tu, "tuid")
	if id == "" {
		id = strconv.Itoa(tr.n)
	}
	type variant struct{ lang, text string }
	var vs []variant
	for {
		t, err := tr.dec.Token()
		if err != nil {
			return nil, tr.errf("inside <tu>: %v", err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != "tuv" {
				if err := tr.dec.Skip(); err != nil {
					return nil, tr.errf("%v", err)
				}
				continue
			}
			lang := xmlLang(t)
			text, err := tr.variant()
			if err != nil {
				return nil, err
			}
			vs = append(vs, variant{lang, text})
		case xml.EndElement:
			var src, tgt *variant
			for i := range vs {
				l := strings.ToLower(vs[i].lang)
				switch {
				case l == "ar" || strings.HasPrefix(l, "ar-"):
					if tgt == nil {
						tgt = &vs[i]
					}
				case tr.srcLang != "" && strings.EqualFold(vs[i].lang, tr.srcLang):
					src = &vs[i]
				case src == nil && tr.srcLang == "":
					src = &vs[i]
				}
			}
			if src == nil || tgt == nil {
				return nil, nil
			}
			lang := src.lang
			if lang == "" {
				lang = tr.SrcLang
			}
			return &Document{ID: id, SrcLang: lang, Segments: []Segment{{ID: id, Src: src.text, Tgt: tgt.text}}}, nil
		}
	}
}

// variant reads a <tuv> up to its end: the text of its <seg>.
func (tr *TMXReader) variant() (string, error) {
	var b strings.Builder
	depth, inSeg := 0, false
	for {
		t, err := tr.dec.Token()
		if err != nil {
			return "", tr.errf("inside <tuv>: %v", err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "seg":
				inSeg = true
			case inSeg && (t.Name.Local == "hi" || t.Name.Local == "sub"):
				depth++
			default:
				if err := tr.dec.Skip(); err != nil {
					return "", tr.errf("%v", err)
				}
			}
		case xml.CharData:
			if inSeg {
				b.Write(t)
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "tuv":
				return b.String(), nil
			case t.Name.Local == "seg":
				inSeg = false
			case depth > 0:
				depth--
			}
		}
	}
}
