// Package yamlload is the one hardened way nazir reads its YAML files
// (the gazetteer, the rules, the page chrome rules): a size limit, text
// checks with the line of the fault (invalid UTF-8, characters YAML does
// not allow), a bound on the number of YAML nodes counted before the parser
// allocates any, exactly one document, a nesting limit, no anchors or
// aliases, strict mapping keys, and every error positioned as
// "FILE:LINE: cause".
package yamlload

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Sentinel errors; every error from this package wraps one of them.
var (
	// ErrSyntax: the text is not YAML (or not text YAML allows).
	ErrSyntax = errors.New("invalid YAML")
	// ErrLimit: the input exceeds a size, node or nesting limit.
	ErrLimit = errors.New("input exceeds a limit")
	// ErrSchema: the YAML is well formed but not what the file must hold
	// (more than one document, an anchor or alias, an unknown or repeated
	// key, a value of the wrong kind).
	ErrSchema = errors.New("schema violation")
)

// Limits bound what Read and Parse accept.
type Limits struct {
	// MaxBytes is the largest file, in bytes.
	MaxBytes int
	// MaxNodes bounds the YAML nodes of the file. Parse counts, before
	// the parser builds anything, an upper bound of the nodes the text can
	// make: every non-blank line that is not a comment, and two for every
	// byte of , [ { : - ? on it. A file whose bound exceeds MaxNodes is
	// refused at the line where it does.
	MaxNodes int
	// MaxDepth is the deepest nesting of collections.
	MaxDepth int
}

// Error is an error at a place in a YAML file. Its text is
// "FILE:LINE: cause", or "FILE: cause" when Line is 0.
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error at line of file: the sentinel (one of this
// package's or the caller's) then the formatted cause.
func Errorf(file string, line int, sentinel error, format string, args ...any) error {
	return &Error{File: file, Line: line, Err: fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))}
}

// Read reads the file from r, refusing more than lim.MaxBytes bytes (the
// error names the line on which the limit falls).
func Read(r io.Reader, name string, lim Limits) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(lim.MaxBytes)+1))
	if err != nil {
		return nil, &Error{File: name, Err: fmt.Errorf("read: %w", err)}
	}
	if len(data) > lim.MaxBytes {
		return nil, Errorf(name, lineAt(data, lim.MaxBytes), ErrLimit, "the file is larger than %d bytes (the limit falls on this line)", lim.MaxBytes)
	}
	return data, nil
}

// lineAt is the 1-based line of byte offset off (a line ends at LF, CR or
// CRLF).
func lineAt(data []byte, off int) int {
	data = data[:min(off, len(data))]
	return 1 + bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) - bytes.Count(data, []byte("\r\n"))
}

// Parse checks data and parses it as one YAML document: the text first
// (valid UTF-8, only characters YAML allows, the node bound), then the
// syntax, then the tree (nesting depth, no anchors or aliases). It returns
// the document's root node, or nil for a document with no content.
func Parse(data []byte, name string, lim Limits) (*yaml.Node, error) {
	if len(data) > lim.MaxBytes {
		return nil, Errorf(name, lineAt(data, lim.MaxBytes), ErrLimit, "the file is larger than %d bytes (the limit falls on this line)", lim.MaxBytes)
	}
	if err := checkText(data, name, lim.MaxNodes); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(data, name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Errorf(name, extra.Line, ErrSchema, "more than one YAML document")
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(data, name, err)
	}
	if err := checkTree(&doc, name, 0, lim.MaxDepth); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// checkText finds the first invalid UTF-8 sequence or character YAML does
// not allow, and counts the node bound, in one pass.
func checkText(data []byte, name string, maxNodes int) error {
	line, lineStart := 1, 0
	nodes := 1 // the document
	content, comment := false, false
	seps := 0
	endLine := func() error {
		if content && !comment {
			nodes += 1 + 2*seps
			if nodes > maxNodes {
				return Errorf(name, line, ErrLimit, "more than %d YAML nodes (counted up to this line)", maxNodes)
			}
		}
		content, comment, seps = false, false, 0
		return nil
	}
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\r':
				if err := endLine(); err != nil {
					return err
				}
				if c == '\r' && i+1 < len(data) && data[i+1] == '\n' {
					i++
				}
				i++
				line, lineStart = line+1, i
				continue
			case c == '\t' || c == ' ':
			case c < 0x20 || c == 0x7F:
				return Errorf(name, line, ErrSyntax, "control character U+%04X at column %d (YAML allows tab, line feed and carriage return only)",
					c, utf8.RuneCount(data[lineStart:i])+1)
			default:
				if !content && c == '#' {
					comment = true
				}
				content = true
				switch c {
				case ',', '[', '{', ':', '-', '?':
					seps++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return Errorf(name, line, ErrSyntax, "invalid UTF-8 (byte 0x%02X at column %d)", c, utf8.RuneCount(data[lineStart:i])+1)
		}
		if r >= 0x80 && r <= 0x9F && r != 0x85 || r == 0xFFFE || r == 0xFFFF {
			return Errorf(name, line, ErrSyntax, "control character U+%04X at column %d (YAML does not allow it)", r, utf8.RuneCount(data[lineStart:i])+1)
		}
		content = true
		i += size
	}
	return endLine()
}

// yamlLine matches yaml.v3's "yaml: line N: cause".
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// bisectLimit is the largest file whose syntax errors are located by
// parsing its prefixes (yaml.v3 reports the line where the enclosing
// collection starts, and counts it from 0 for some errors).
const bisectLimit = 1 << 20

// syntaxError turns a yaml.v3 error into "FILE:LINE: invalid YAML: cause",
// with the line of the fault: the first line at which a prefix of the file
// fails as the file does.
func syntaxError(data []byte, name string, err error) error {
	msg := err.Error()
	line := 0
	cause := msg
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		cause = m[2]
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
	}
	if len(data) <= bisectLimit {
		if l := firstFailingLine(data, cause); l > 0 {
			line = l
		}
	}
	return &Error{File: name, Line: line, Err: fmt.Errorf("%w: %s", ErrSyntax, cause)}
}

// firstFailingLine returns the smallest n such that the file's first n
// lines fail to parse with the same cause, or 0. It assumes that a prefix
// failing so implies longer ones do (parsing runs left to right).
func firstFailingLine(data []byte, cause string) int {
	var ends []int // ends[i]: the offset just past line i+1
	for i, c := range data {
		if c == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		ends = append(ends, len(data))
	}
	fails := func(n int) bool {
		var v yaml.Node
		err := yaml.Unmarshal(data[:ends[n-1]], &v)
		if err == nil {
			return false
		}
		m := yamlLine.FindStringSubmatch(err.Error())
		return m != nil && m[2] == cause
	}
	lo, hi := 1, len(ends)
	if hi == 0 || !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// checkTree refuses nesting deeper than maxDepth and anchors or aliases.
func checkTree(n *yaml.Node, name string, depth, maxDepth int) error {
	if depth > maxDepth {
		return Errorf(name, n.Line, ErrLimit, "nesting deeper than %d levels", maxDepth)
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return Errorf(name, n.Line, ErrSchema, "YAML anchors and aliases are not allowed")
	}
	for _, c := range n.Content {
		if err := checkTree(c, name, depth+1, maxDepth); err != nil {
			return err
		}
	}
	return nil
}

// Fields returns the values of mapping n by key, refusing a node that is
// no mapping, a key that is not a string, a repeated key and a key not in
// allowed (all positioned at the offending node; what names the mapping
// in messages, e.g. "pattern").
func Fields(n *yaml.Node, name, what string, allowed ...string) (map[string]*yaml.Node, error) {
	if n.Kind != yaml.MappingNode {
		return nil, Errorf(name, n.Line, ErrSchema, "%s: want a mapping, got %s", what, Kind(n))
	}
	out := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind != yaml.ScalarNode {
			return nil, Errorf(name, k.Line, ErrSchema, "%s: want a key, got %s", what, Kind(k))
		}
		if _, dup := out[k.Value]; dup {
			return nil, Errorf(name, k.Line, ErrSchema, "%s: duplicate field %q", what, k.Value)
		}
		known := false
		for _, a := range allowed {
			known = known || a == k.Value
		}
		if !known {
			return nil, Errorf(name, k.Line, ErrSchema, "%s: unknown field %q (want %s)", what, k.Value, strings.Join(allowed, ", "))
		}
		out[k.Value] = n.Content[i+1]
	}
	return out, nil
}

// Kind names a node's kind for messages: "a mapping", "a list", "a string"
// (any scalar), "an alias", "nothing".
func Kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return "a string"
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

// typeErrorLine splits yaml.v3's "line N: cause".
var typeErrorLine = regexp.MustCompile(`^line (\d+): (.*)$`)

// DecodeError positions an error of yaml.v3's decoding as a schema
// violation: a *yaml.TypeError names "line N: cause" for each fault, and
// the first one's line is used; line is used when it names none.
func DecodeError(name string, line int, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
		if m := typeErrorLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
	}
	return Errorf(name, line, ErrSchema, "%s", msg)
}

// Decode decodes data, which Parse has accepted, into out, refusing a key
// out has no field for at every level (yaml.v3's KnownFields) and a key
// given twice; errors are positioned (DecodeError).
func Decode(data []byte, name string, out any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(out); err != nil && !errors.Is(err, io.EOF) {
		return DecodeError(name, 1, err)
	}
	return nil
}
