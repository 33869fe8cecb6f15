package webtext

import (
	"bytes"
	"html"
	"strings"
)

// Text is the text of an HTML page and the map back to the page.
type Text struct {
	// Text is what a reader sees: tags, comments and skipped elements
	// removed, character references decoded, whitespace collapsed, a line
	// break per block element.
	Text []byte
	// start[i], end[i]: the page bytes that produced Text[i].
	start, end []int
	pageLen    int
}

// Source maps a byte offset of Text (0..len(Text)) to an offset of the page:
// the start of the page bytes that produced that text byte, or for
// len(Text), the end of the page bytes of the last one.
func (t *Text) Source(off int) int {
	switch {
	case len(t.Text) == 0:
		return 0
	case off <= 0:
		return t.start[0]
	case off >= len(t.Text):
		return t.end[len(t.Text)-1]
	}
	return t.start[off]
}

// SourceSpan maps the text span [s,e) to the page span that produced it (a
// decoded "&amp;" maps to all five bytes of the reference).
func (t *Text) SourceSpan(s, e int) (int, int) {
	if len(t.Text) == 0 {
		return 0, 0
	}
	s = max(0, min(s, len(t.Text)))
	e = max(s, min(e, len(t.Text)))
	if e == s {
		p := t.Source(s)
		return p, p
	}
	return t.start[s], t.end[e-1]
}

// extractor holds the state of one Extract call.
type extractor struct {
	rs         *Rules
	page       []byte
	out        Text
	pre        int  // depth of <pre>
	pendingSp  int  // page offset of a pending collapsed space, or -1
	atLineHead bool // nothing but a line break emitted since the last line break
}

// Extract returns the text of an HTML page (assumed UTF-8) with the
// embedded rules: the content of skip_elements is dropped, and if the page
// has a content element (article, main) only the first one's text is kept.
func Extract(page []byte) *Text {
	rs, err := DefaultRules()
	if err != nil {
		rs = &Rules{}
	}
	return rs.Extract(page)
}

// Extract is the package-level Extract with these rules.
func (rs *Rules) Extract(page []byte) *Text {
	toks := tokenize(page)
	x := &extractor{rs: rs, page: page, pendingSp: -1, atLineHead: true}
	x.out.pageLen = len(page)
	lo, hi := 0, len(toks)
	for _, name := range rs.content {
		if i := firstOpen(toks, name); i >= 0 {
			lo, hi = i, len(toks)
			if m := toks[i].match; m >= 0 {
				hi = m + 1
			}
			break
		}
	}
	x.run(toks[lo:hi], lo)
	// Trailing line breaks and spaces are not text.
	n := len(x.out.Text)
	for n > 0 && (x.out.Text[n-1] == '\n' || x.out.Text[n-1] == ' ') {
		n--
	}
	x.out.Text, x.out.start, x.out.end = x.out.Text[:n], x.out.start[:n], x.out.end[:n]
	return &x.out
}

func firstOpen(toks []token, name string) int {
	for i, t := range toks {
		if t.kind == tagOpen && t.name == name {
			return i
		}
	}
	return -1
}

// token is a tag or a text run of the page.
type token struct {
	tag
	// match: for an open tag, the index of the token closing it (-1: none).
	match int
}

// tokenize splits the page into tags and text runs (kind tagNone) in one
// pass, and pairs open and close tags of each name with a stack, so that
// skipping an element never rescans the page. The content of a raw-text
// element (script, style…) is one text run that ends at its end tag.
func tokenize(page []byte) []token {
	var toks []token
	text := 0
	flushText := func(end int) {
		if end > text {
			toks = append(toks, token{tag: tag{kind: tagNone, start: text, end: end}, match: -1})
		}
	}
	open := map[string][]int{}
	for i := 0; i < len(page); {
		k := bytes.IndexByte(page[i:], '<')
		if k < 0 {
			break
		}
		i += k
		t := scanTag(page, i)
		if t.kind == tagNone {
			i++
			continue
		}
		flushText(i)
		toks = append(toks, token{tag: t, match: -1})
		i = t.end
		text = i
		switch {
		case t.kind == tagOpen && rawText[t.name] && !t.selfClosing:
			idx := len(toks) - 1
			e := rawClose(page, i, t.name)
			flushText(e)
			if e < len(page) {
				c := scanTag(page, e)
				toks = append(toks, token{tag: c, match: -1})
				toks[idx].match = len(toks) - 1
				e = c.end
			}
			i, text = e, e
		case t.kind == tagOpen && !t.selfClosing && !voidElements[t.name]:
			open[t.name] = append(open[t.name], len(toks)-1)
		case t.kind == tagClose:
			if st := open[t.name]; len(st) > 0 {
				toks[st[len(st)-1]].match = len(toks) - 1
				open[t.name] = st[:len(st)-1]
			}
		}
	}
	flushText(len(page))
	return toks
}

// rawClose returns the offset of the "</name" that ends raw text starting
// at from, or len(page).
func rawClose(page []byte, from int, name string) int {
	for i := from; i < len(page); {
		k := bytes.Index(page[i:], []byte("</"))
		if k < 0 {
			return len(page)
		}
		i += k
		n := i + 2 + len(name)
		if n <= len(page) && strings.EqualFold(string(page[i+2:n]), name) && (n == len(page) || !isAlnum(page[n])) {
			return i
		}
		i += 2
	}
	return len(page)
}

func (x *extractor) emit(b []byte, s, e int) {
	for _, c := range b {
		x.out.Text = append(x.out.Text, c)
		x.out.start = append(x.out.start, s)
		x.out.end = append(x.out.end, e)
	}
}

// flushSpace writes a pending collapsed space (never at a line's head).
func (x *extractor) flushSpace() {
	if x.pendingSp >= 0 && !x.atLineHead {
		x.emit([]byte{' '}, x.pendingSp, x.pendingSp+1)
	}
	x.pendingSp = -1
}

// lineBreak ends the current line (once: nested blocks make no blank
// lines).
func (x *extractor) lineBreak(s, e int) {
	x.pendingSp = -1
	n := len(x.out.Text)
	if n == 0 {
		return
	}
	if x.out.Text[n-1] == '\n' {
		return
	}
	x.emit([]byte{'\n'}, s, e)
	x.atLineHead = true
}

// run emits the text of toks, whose first token is toks[0] of the page's
// token list at index base (matches are indexes into that list).
func (x *extractor) run(toks []token, base int) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tagNone:
			x.text(t.start, t.end)
		case tagOpen:
			if x.rs.skip[t.name] || rawText[t.name] {
				switch {
				case t.match >= 0:
					i = t.match - base // the close tag itself is skipped too
				case rawText[t.name]:
					i = len(toks) // unterminated raw text runs to the end
				}
				continue
			}
			if t.name == "pre" {
				x.pre++
			}
			if x.rs.block[t.name] {
				x.lineBreak(t.start, t.end)
			}
		case tagClose:
			if t.name == "pre" && x.pre > 0 {
				x.pre--
			}
			if x.rs.block[t.name] {
				x.lineBreak(t.start, t.end)
			}
		}
	}
}

// text emits the page's text run [s,e): references decoded one by one so
// that each keeps its page span, whitespace collapsed outside <pre>.
func (x *extractor) text(s, e int) {
	page := x.page
	for i := s; i < e; {
		c := page[i]
		if c == '&' {
			if j := refEnd(page[:e], i); j > i+1 {
				dec := html.UnescapeString(string(page[i:j]))
				if dec != string(page[i:j]) {
					x.chars([]byte(dec), i, j)
					i = j
					continue
				}
			}
		}
		x.chars(page[i:i+1], i, i+1)
		i++
	}
}

// chars emits decoded text b that came from page[s:e].
func (x *extractor) chars(b []byte, s, e int) {
	if x.pre > 0 {
		for _, c := range b {
			if c == '\r' {
				continue
			}
			x.emit([]byte{c}, s, e)
			x.atLineHead = c == '\n'
		}
		return
	}
	for _, c := range b {
		if isSpace(c) {
			if x.pendingSp < 0 {
				x.pendingSp = s
			}
			continue
		}
		x.flushSpace()
		x.emit([]byte{c}, s, e)
		x.atLineHead = false
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// refEnd returns the end of the character reference at page[i] ('&'): the
// ';' included, or the end of its run of letters and digits.
func refEnd(page []byte, i int) int {
	j := i + 1
	if j < len(page) && page[j] == '#' {
		j++
		if j < len(page) && (page[j] == 'x' || page[j] == 'X') {
			j++
		}
	}
	for j < len(page) && j-i < 40 && isAlnum(page[j]) {
		j++
	}
	if j < len(page) && page[j] == ';' {
		j++
	}
	return j
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// rawText elements hold text that is not markup: their content ends only at
// their own end tag.
var rawText = map[string]bool{"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "noscript": true, "iframe": true, "noembed": true, "noframes": true, "plaintext": true}

var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

type tagKind int

const (
	tagNone    tagKind = iota // not a tag: a literal '<'
	tagOpen                   // <name …>
	tagClose                  // </name …>
	tagComment                // <!-- … -->, <!…>, <?…>
)

type tag struct {
	kind        tagKind
	name        string // lower case
	start, end  int    // page span of the whole tag
	selfClosing bool
}

// scanTag reads the tag at page[i] ('<'). A '<' that does not start a tag
// (as in "a < b") is tagNone. An unterminated tag runs to the end.
func scanTag(page []byte, i int) tag {
	t := tag{start: i}
	j := i + 1
	if j >= len(page) {
		return tag{kind: tagNone}
	}
	switch c := page[j]; {
	case c == '!':
		t.kind = tagComment
		if bytes.HasPrefix(page[j:], []byte("!--")) {
			k := bytes.Index(page[j+3:], []byte("-->"))
			if k < 0 {
				t.end = len(page)
			} else {
				t.end = j + 3 + k + 3
			}
			return t
		}
		t.end = indexFrom(page, j, '>')
		return t
	case c == '?':
		t.kind = tagComment
		t.end = indexFrom(page, j, '>')
		return t
	case c == '/':
		t.kind = tagClose
		j++
		if j >= len(page) || !isLetter(page[j]) {
			if j < len(page) && page[j] == '>' { // "</>" is ignored
				t.kind, t.end = tagComment, j+1
				return t
			}
			t.kind = tagComment // "</ 3" is a bogus comment
			t.end = indexFrom(page, j, '>')
			return t
		}
	case isLetter(c):
		t.kind = tagOpen
	default:
		return tag{kind: tagNone}
	}
	k := j
	for k < len(page) && !isSpace(page[k]) && page[k] != '/' && page[k] != '>' {
		k++
	}
	t.name = strings.ToLower(string(page[j:k]))
	// Attributes: skip to the '>' that is not inside quotes.
	var quote byte
	for ; k < len(page); k++ {
		c := page[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if k > 0 && (page[k-1] == '=' || isSpace(page[k-1])) {
				quote = c
			}
		case c == '>':
			t.selfClosing = k > 0 && page[k-1] == '/'
			t.end = k + 1
			return t
		}
	}
	t.end = len(page)
	return t
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// indexFrom returns the offset after the first c at or after j, or len(page).
func indexFrom(page []byte, j int, c byte) int {
	if k := bytes.IndexByte(page[j:], c); k >= 0 {
		return j + k + 1
	}
	return len(page)
}
