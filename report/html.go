package report

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// Document is one checked text and its report.
type Document struct {
	Report *finding.Report
	Text   []byte
}

// HTML writes one self-contained page (no scripts, no external assets) for
// the report: the full text right to left with every mention highlighted by
// its role (participant A, participant B, third party, person), findings in
// a strong colour with the message and suggestion shown on hover and on
// keyboard focus, the spellings of a name variant linked (pointing at one
// highlights the others), and a summary panel with the participants and
// their evidence, counts, the findings linking to their place, and a legend.
// Everything from the text or the report is escaped.
//
// Element ids are stable: the i-th finding (1-based) of the page's first
// document is "d1-f<i>", its suggestion tip "d1-f<i>-tip".
func HTML(w io.Writer, rep *finding.Report, text []byte) error {
	return HTMLDocuments(w, []Document{{Report: rep, Text: text}})
}

// HTMLDocuments writes one page with a section per document (ids are
// prefixed "d1-", "d2-", … in order).
func HTMLDocuments(w io.Writer, docs []Document) error {
	return HTMLOptions{}.Page(w, docs)
}

// HTMLOptions configure the HTML report. The zero value gives the report
// HTML, HTMLDocuments and HTMLSections write: an Arabic page.
type HTMLOptions struct {
	// Language is the language of the page's own words (headings, counts,
	// legend, roles): "ar" (Arabic, right to left; the default when empty)
	// or "en" (English, left to right). The checked text stays right to
	// left, and the findings' messages are in the checker's language.
	Language string
	// IndexURL, when set, is the address of an index page the page's
	// header links back to (HTMLFolder's pages set it).
	IndexURL string
}

// Page writes one page with a section per document, as HTMLDocuments does,
// in the options' language. An unknown language is an error.
func (o HTMLOptions) Page(w io.Writer, docs []Document) error {
	p, err := o.printer()
	if err != nil {
		return err
	}
	return writeHTML(w, p, func(h *htmlWriter) { h.index = o.IndexURL; h.page(docs) })
}

// Sections writes the sections of the report of docs, as HTMLSections
// does, in the options' language.
func (o HTMLOptions) Sections(w io.Writer, docs []Document) error {
	p, err := o.printer()
	if err != nil {
		return err
	}
	return writeHTML(w, p, func(h *htmlWriter) { h.sections(docs) })
}

func (o HTMLOptions) printer() (i18n.Printer, error) {
	l, err := i18n.Parse(o.Language)
	if err != nil {
		return i18n.Printer{}, fmt.Errorf("report: HTMLOptions.Language: %w", err)
	}
	return l.Printer(), nil
}

type htmlWriter struct {
	w     *bufio.Writer
	p     i18n.Printer // the page's language
	index string       // the index page to link back to, if any
	err   error
	// scratch is reused to format numbers and class names, so that what
	// is written for each finding allocates nothing.
	scratch []byte
}

func (h *htmlWriter) raw(s string) {
	if h.err == nil {
		_, h.err = h.w.WriteString(s)
	}
}

func (h *htmlWriter) rawf(format string, args ...any) {
	if h.err == nil {
		_, h.err = fmt.Fprintf(h.w, format, args...)
	}
}

// num writes n in decimal (as %d).
func (h *htmlWriter) num(n int) {
	if h.err == nil {
		h.scratch = strconv.AppendInt(h.scratch[:0], int64(n), 10)
		_, h.err = h.w.Write(h.scratch)
	}
}

// class writes safeClass(s).
func (h *htmlWriter) class(s string) {
	if h.err == nil {
		h.scratch = appendSafeClass(h.scratch[:0], s)
		_, h.err = h.w.Write(h.scratch)
	}
}

// esc writes s escaped for text or a quoted attribute value.
func (h *htmlWriter) esc(s string) {
	if h.err == nil {
		h.err = escapeTo(h.w, s)
	}
}

// escBytes writes b escaped, as esc writes string(b), without copying it.
func (h *htmlWriter) escBytes(b []byte) {
	if h.err == nil {
		h.err = escapeTo(h.w, b)
	}
}

// escWriter is where escapeTo writes: a bufio.Writer or a strings.Builder.
type escWriter interface {
	io.Writer
	io.StringWriter
}

// escapeTo writes s escaped for text or a quoted attribute value. Invalid
// UTF-8 bytes become U+FFFD one by one, NUL too, so that the page is valid
// UTF-8 and the visible text has one character per character of the input.
func escapeTo[S string | []byte](w escWriter, s S) error {
	last := 0
	var err error
	put := func(str S) {
		if err == nil {
			if b, ok := any(str).([]byte); ok {
				_, err = w.Write(b)
			} else {
				_, err = w.WriteString(string(str))
			}
		}
	}
	putString := func(str string) {
		if err == nil {
			_, err = w.WriteString(str)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var repl string
			switch c {
			case '&':
				repl = "&amp;"
			case '<':
				repl = "&lt;"
			case '>':
				repl = "&gt;"
			case '"':
				repl = "&#34;"
			case '\'':
				repl = "&#39;"
			case 0:
				repl = "\uFFFD"
			default:
				i++
				continue
			}
			put(s[last:i])
			putString(repl)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		if r == utf8.RuneError && size == 1 {
			put(s[last:i])
			putString("\uFFFD")
			last = i + 1
		}
		i += size
	}
	put(s[last:])
	return err
}

// mark is one highlighted span. What it marks is named by its priority
// and two indices, and its markup is written when the page reaches it, so
// that a text of millions of mentions holds no markup per mention:
//
//   - prioFinding: i is the finding's index in the report, j its
//     name-variant cluster (1, 2, …; 0 when its kind lists no spellings);
//   - prioVariant: another spelling of finding i, of cluster j;
//   - prioEvidence: evidence j of participant i;
//   - prioMention: mention i of the report.
type mark struct {
	start, end int
	prio       int // higher wins when spans cross
	i, j       int
}

// Priorities: findings above name-variant spellings above participant
// evidence above plain mentions.
const (
	prioMention = iota
	prioEvidence
	prioVariant
	prioFinding
)

func (h *htmlWriter) page(docs []Document) {
	title := h.p.T("nazir report")
	if len(docs) == 1 && docs[0].Report != nil && docs[0].Report.File != "" {
		title = "nazir: " + DisplayName(docs[0].Report.File)
	}
	h.rawf("<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", h.p.Lang(), h.p.Lang().Dir())
	h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	h.raw("<meta name=\"generator\" content=\"nazir\">\n<title>")
	h.esc(title)
	h.raw("</title>\n<style>\n")
	h.style(docs)
	h.raw("</style>\n</head>\n<body>\n")
	h.raw("<header class=\"nz-top\"><h1>")
	h.esc(h.p.T("nazir report"))
	h.raw("</h1>")
	if h.index != "" {
		h.rawf("<p class=\"nz-back\"><a href=\"%s\">%s</a></p>", attr(h.index), attr(h.p.T("All files")))
	}
	h.raw("</header>\n")
	h.sections(docs)
	h.raw("</body>\n</html>\n")
}

// style writes the style sheet of a page showing docs.
func (h *htmlWriter) style(docs []Document) {
	h.raw(pageCSS)
	// One rule per name-variant cluster: pointing at (or focusing) one
	// spelling highlights all of them. Only generated class names go here.
	for di, d := range docs {
		if d.Report == nil {
			continue
		}
		k := 0
		for _, f := range d.Report.Findings {
			if !spellings(f.Kind) {
				continue
			}
			k++
			h.raw(".nz-doc:has(.")
			h.cluster(di+1, k)
			h.raw(":hover, .")
			h.cluster(di+1, k)
			h.raw(":focus) .")
			h.cluster(di+1, k)
			h.raw(" { outline: 3px solid var(--variant); background: var(--variant-bg); }\n")
		}
	}
}

// sections writes a section per document.
func (h *htmlWriter) sections(docs []Document) {
	for di, d := range docs {
		h.document(di+1, d)
	}
}

// spellings says whether findings of kind k list the spellings of one name
// (a name-variant cluster, linked on the page).
func spellings(k finding.Kind) bool {
	info, _ := finding.Info(k)
	return info.Spellings
}

// cluster writes the class of the k-th name-variant cluster (1-based) of
// document doc: "nz-v<doc>-<k>".
func (h *htmlWriter) cluster(doc, k int) {
	h.raw("nz-v")
	h.num(doc)
	h.raw("-")
	h.num(k)
}

// findingID writes the element id of finding i (0-based) of the document
// whose ids start with p.
func (h *htmlWriter) findingID(p string, i int) {
	h.raw(p)
	h.raw("f")
	h.num(i + 1)
}

// participantLetter names the i-th participant: A, B, C…; past Z all are "Z".
func participantLetter(i int) string {
	if i > 25 {
		i = 25
	}
	return string(rune('A' + i))
}

func (h *htmlWriter) document(n int, d Document) {
	rep := d.Report
	if rep == nil {
		rep = &finding.Report{}
	}
	text := d.Text
	p := "d" + strconv.Itoa(n) + "-"
	h.rawf("<section class=\"nz-doc\" id=\"d%d\">\n", n)
	h.raw("<h2 class=\"nz-file\"><bdi dir=\"ltr\">")
	h.esc(DisplayName(rep.File))
	h.raw("</bdi></h2>\n<div class=\"nz-layout\">\n")

	partIndex := map[string]int{}
	for i, pt := range rep.Participants {
		if _, ok := partIndex[pt.ID]; !ok {
			partIndex[pt.ID] = i
		}
	}
	hl := buildMarks(h.p, p, n, rep, text, partIndex, mentionsDisjoint(rep.Mentions, text))

	h.summary(p, rep, partIndex, hl.evidenceIDs)

	// The text is Arabic whatever the page's language; its heading is in
	// the page's.
	heading := ""
	if h.p.Lang() != i18n.Arabic {
		heading = fmt.Sprintf(" lang=\"%s\" dir=\"%s\"", h.p.Lang(), h.p.Lang().Dir())
	}
	h.rawf("<main class=\"nz-text\" lang=\"ar\" dir=\"rtl\">\n<h3 class=\"nz-h\"%s>%s</h3>\n<div class=\"nz-body\">", heading, attr(h.p.T("Text")))
	h.highlighted(text, hl)
	h.raw("</div>\n</main>\n</div>\n</section>\n")
}

// highlights are the spans of one document's text to highlight and what
// the page needs to write their markup.
type highlights struct {
	pr        i18n.Printer
	prefix    string // of element ids: "d1-"
	doc       int    // the document's number, 1-based
	rep       *finding.Report
	partIndex map[string]int
	// evidenceIDs are the element ids of the participants' evidence
	// highlighted, by span.
	evidenceIDs map[[2]int]string
	// marks are the kept highlights, in the order they open: all of them,
	// or, when streamed, all but the mentions.
	marks []mark
	// streamed: the mentions are not in marks but read from the report as
	// the text is written, each kept unless it crosses a kept mark (kept
	// indexes those). So it is when the mentions are in text order and
	// none overlaps another, as the checker's are: then no mention can
	// cross another, and whether one is kept depends on the other marks
	// only, which all rank above it.
	streamed bool
	kept     *crossIndex
	// opens are the opening tags of mentions, one per entity and role,
	// shared by their marks.
	opens map[[2]string]string
	// title is the title of the spellings of finding titleOf-1.
	title   string
	titleOf int
}

// buildMarks collects the spans to highlight and keeps those that nest:
// a span crossing a higher-priority one is dropped (its information stays in
// the summary).
//
// When stream is set (the mentions are in text order and none overlaps
// another: mentionsDisjoint), the mentions are not collected but read from
// the report as the text is written.
func buildMarks(pr i18n.Printer, p string, doc int, rep *finding.Report, text []byte, partIndex map[string]int, stream bool) *highlights {
	hl := &highlights{pr: pr, prefix: p, doc: doc, rep: rep, partIndex: partIndex, evidenceIDs: map[[2]int]string{}, opens: map[[2]string]string{}}
	n := len(rep.Findings)
	for _, f := range rep.Findings {
		n += len(f.Mentions)
	}
	for _, pt := range rep.Participants {
		n += len(pt.Evidence)
	}
	cands := make([]mark, 0, n)
	k := 0
	for i, f := range rep.Findings {
		cluster := 0
		if spellings(f.Kind) {
			k++
			cluster = k
		}
		if !validSpan(text, f.Start, f.End) {
			continue
		}
		cands = append(cands, mark{start: f.Start, end: f.End, prio: prioFinding, i: i, j: cluster})
		if cluster > 0 {
			for _, m := range f.Mentions {
				if m.Start == f.Start && m.End == f.End || !validSpan(text, m.Start, m.End) {
					continue
				}
				cands = append(cands, mark{start: m.Start, end: m.End, prio: prioVariant, i: i, j: cluster})
			}
		}
	}
	for pi, pt := range rep.Participants {
		for j, ev := range pt.Evidence {
			key := [2]int{ev.Start, ev.End}
			if _, dup := hl.evidenceIDs[key]; dup || !validSpan(text, ev.Start, ev.End) {
				continue
			}
			hl.evidenceIDs[key] = evidenceID(p, pi, j)
			cands = append(cands, mark{start: ev.Start, end: ev.End, prio: prioEvidence, i: pi, j: j})
		}
	}
	hl.streamed = stream
	if !hl.streamed {
		for i, m := range rep.Mentions.All() {
			if validSpan(text, m.Start, m.End) {
				cands = append(cands, mark{start: m.Start, end: m.End, prio: prioMention, i: i})
			}
		}
	}
	hl.marks = nestable(cands)
	if hl.streamed {
		hl.kept = newCrossIndex(hl.marks)
		for _, m := range hl.marks {
			hl.kept.add(m)
		}
	}
	return hl
}

// mentionsDisjoint says whether the mentions with a valid span in text
// are in text order and none overlaps another.
func mentionsDisjoint(ms finding.MentionList, text []byte) bool {
	end := 0
	for _, m := range ms.All() {
		if !validSpan(text, m.Start, m.End) {
			continue
		}
		if m.Start < end {
			return false
		}
		end = m.End
	}
	return true
}

func evidenceID(p string, participant, j int) string {
	return fmt.Sprintf("%se%d-%d", p, participant+1, j+1)
}

// nestable keeps, in priority order, the marks that do not cross an already
// kept one (nesting is fine, crossing is not), sorted for rendering.
//
// A mark c crosses a kept k when k starts before c and ends inside it, or
// starts inside c and ends after it: two range queries over the kept marks
// (crossIndex), each O(log n), so that a text whose every word is
// highlighted is not quadratic.
//
// When no two marks overlap and none is empty, every mark is kept: they
// are only sorted, without the trees.
func nestable(cands []mark) []mark {
	if sorted := slices.Clone(cands); disjoint(sorted) {
		return sorted
	}
	kept, _ := nestableSteps(cands)
	return kept
}

// disjoint sorts marks by start and reports whether none is empty and
// each ends at or before the next one starts.
func disjoint(marks []mark) bool {
	for _, m := range marks {
		if m.start >= m.end {
			return false
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	for i := 1; i < len(marks); i++ {
		if marks[i].start < marks[i-1].end {
			return false
		}
	}
	return true
}

// nestableSteps is nestable with the number of steps it took: a candidate,
// and each node of the range trees it visited (a test holds it to
// O(n log n)). It reorders cands.
func nestableSteps(cands []mark) (_ []mark, steps int) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].prio > cands[j].prio })
	idx := newCrossIndex(cands)
	var kept []mark
	for _, c := range cands {
		steps++
		if idx.crosses(c.start, c.end) {
			continue
		}
		kept = append(kept, c)
		idx.add(c)
	}
	sort.SliceStable(kept, func(i, j int) bool { return opensBefore(kept[i], kept[j]) })
	return kept, steps + idx.byStart.steps + idx.byEnd.steps
}

// opensBefore orders marks as the page opens them: by start, the longer
// first, then the higher priority first.
func opensBefore(a, b mark) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	if a.end != b.end {
		return a.end > b.end
	}
	return a.prio > b.prio
}

// crossIndex answers whether a span crosses one of the marks added to it.
type crossIndex struct {
	pos []int // the positions of the marks, sorted, each once
	// byStart[i]: the latest end of a mark added starting at pos[i];
	// byEnd[i]: the earliest start of a mark added ending at pos[i].
	byStart, byEnd *rangeTree
}

// newCrossIndex returns an empty index over the bounds of marks.
func newCrossIndex(marks []mark) *crossIndex {
	pos := make([]int, 0, 2*len(marks))
	for _, c := range marks {
		pos = append(pos, c.start, c.end)
	}
	sort.Ints(pos)
	pos = slices.Compact(pos)
	return &crossIndex{
		pos:     pos,
		byStart: newRangeTree(len(pos), -1, func(a, b int) int { return max(a, b) }),
		byEnd:   newRangeTree(len(pos), math.MaxInt, func(a, b int) int { return min(a, b) }),
	}
}

// add records m, whose bounds must be among the index's positions.
func (x *crossIndex) add(m mark) {
	x.byStart.update(sort.SearchInts(x.pos, m.start), m.end)
	x.byEnd.update(sort.SearchInts(x.pos, m.end), m.start)
}

// crosses says whether the span [start, end) crosses a mark added: one
// starts inside it and ends after it, or ends inside it and starts before.
func (x *crossIndex) crosses(start, end int) bool {
	// The positions strictly inside the span.
	lo, hi := sort.SearchInts(x.pos, start+1), sort.SearchInts(x.pos, end)
	return lo < hi && (x.byStart.query(lo, hi) > end || x.byEnd.query(lo, hi) < start)
}

// rangeTree is a segment tree over n slots answering the combination
// (max or min) of a range of slots, with slots combined in place.
type rangeTree struct {
	n     int
	zero  int
	f     func(a, b int) int
	nodes []int
	steps int // nodes visited by update and query
}

func newRangeTree(n, zero int, f func(a, b int) int) *rangeTree {
	t := &rangeTree{n: n, zero: zero, f: f, nodes: make([]int, 2*n)}
	for i := range t.nodes {
		t.nodes[i] = zero
	}
	return t
}

// update combines v into slot i.
func (t *rangeTree) update(i, v int) {
	for i += t.n; i > 0; i >>= 1 {
		t.steps++
		t.nodes[i] = t.f(t.nodes[i], v)
	}
}

// query combines slots [lo, hi).
func (t *rangeTree) query(lo, hi int) int {
	r := t.zero
	for lo, hi = lo+t.n, hi+t.n; lo < hi; lo, hi = lo>>1, hi>>1 {
		t.steps++
		if lo&1 == 1 {
			r = t.f(r, t.nodes[lo])
			lo++
		}
		if hi&1 == 1 {
			hi--
			r = t.f(r, t.nodes[hi])
		}
	}
	return r
}

// highlighted writes text with the (properly nested) marks.
func (h *htmlWriter) highlighted(text []byte, hl *highlights) {
	var stack []mark
	pos := 0
	closeTop := func() {
		top := stack[len(stack)-1]
		h.escBytes(text[pos:top.end])
		pos = top.end
		hl.close(h, top)
		stack = stack[:len(stack)-1]
	}
	for m := range hl.all(text) {
		for len(stack) > 0 && stack[len(stack)-1].end <= m.start {
			closeTop()
		}
		h.escBytes(text[pos:m.start])
		pos = m.start
		hl.open(h, m)
		stack = append(stack, m)
		if h.err != nil {
			return
		}
	}
	for len(stack) > 0 {
		closeTop()
	}
	h.escBytes(text[pos:])
}

// all yields the kept marks in the order they open: marks, and, when the
// mentions are streamed, each kept mention in its place.
func (hl *highlights) all(text []byte) iter.Seq[mark] {
	return func(yield func(mark) bool) {
		next := 0
		if hl.streamed {
			for i, m := range hl.rep.Mentions.All() {
				if !validSpan(text, m.Start, m.End) || hl.kept.crosses(m.Start, m.End) {
					continue
				}
				mm := mark{start: m.Start, end: m.End, prio: prioMention, i: i}
				for ; next < len(hl.marks) && opensBefore(hl.marks[next], mm); next++ {
					if !yield(hl.marks[next]) {
						return
					}
				}
				if !yield(mm) {
					return
				}
			}
		}
		for _, m := range hl.marks[next:] {
			if !yield(m) {
				return
			}
		}
	}
}

// open writes m's opening tag.
func (hl *highlights) open(h *htmlWriter, m mark) {
	switch m.prio {
	case prioFinding:
		f := &hl.rep.Findings[m.i]
		h.raw(`<mark class="nz-f nz-k-`)
		h.class(string(f.Kind))
		h.raw(" nz-sev-")
		h.class(string(f.Severity))
		if m.j > 0 {
			h.raw(" nz-variant ")
			h.cluster(hl.doc, m.j)
		}
		h.raw(`" id="`)
		h.findingID(hl.prefix, m.i)
		h.raw(`" tabindex="0" aria-describedby="`)
		h.findingID(hl.prefix, m.i)
		h.raw(`-tip" data-kind="`)
		h.esc(string(f.Kind))
		h.raw(`"`)
		if f.Entity != "" {
			h.raw(` data-entity="`)
			h.esc(f.Entity)
			h.raw(`"`)
		}
		if f.Expected != "" {
			h.raw(` data-expected="`)
			h.esc(f.Expected)
			h.raw(`"`)
		}
		if f.Suggestion != nil {
			h.raw(` data-suggestion="`)
			h.esc(*f.Suggestion)
			h.raw(`"`)
		}
		h.raw(">")
	case prioVariant:
		h.raw(`<mark class="nz-variant `)
		h.cluster(hl.doc, m.j)
		h.raw(`" tabindex="0" title="`)
		if hl.titleOf != m.i+1 { // the marks of one finding's spellings share it
			hl.titleOf, hl.title = m.i+1, hl.pr.T("spelling of %s", hl.rep.Findings[m.i].Canonical)
		}
		h.esc(hl.title)
		h.raw(`">`)
	case prioEvidence:
		pt := &hl.rep.Participants[m.i]
		ev := pt.Evidence[m.j]
		h.rawf(`<span class="nz-evidence nz-p%s" id="%s" title="%s">`, participantLetter(m.i), evidenceID(hl.prefix, m.i, m.j), attr(hl.pr.T("evidence for %s: %s", pt.ID, hl.pr.Word(ev.Note))))
	default:
		h.raw(hl.mentionTag(hl.rep.Mentions.At(m.i)))
	}
}

// mentionTag returns the opening tag of mention m. It depends only on the
// mention's entity and role: one string per pair, shared by its marks.
func (hl *highlights) mentionTag(m finding.Mention) string {
	key := [2]string{m.Entity, m.Role}
	if open, ok := hl.opens[key]; ok {
		return open
	}
	class := "nz-m nz-role-" + safeClass(m.Role)
	if m.Role == "participant" {
		if i, ok := hl.partIndex[m.Entity]; ok {
			class += " nz-p" + participantLetter(i)
		}
	}
	title := m.Entity + " · " + hl.pr.Word(m.Role)
	open := fmt.Sprintf(`<mark class="%s" data-entity="%s" data-role="%s" title="%s">`, class, attr(m.Entity), attr(m.Role), attr(title))
	hl.opens[key] = open
	return open
}

// close writes what ends m: a finding's tip (its suggestion and message)
// and the closing tag.
func (hl *highlights) close(h *htmlWriter, m mark) {
	switch m.prio {
	case prioFinding:
		f := &hl.rep.Findings[m.i]
		h.raw(`<span class="nz-tip" role="tooltip" id="`)
		h.findingID(hl.prefix, m.i)
		h.raw(`-tip">`)
		switch {
		case f.Suggestion != nil:
			h.raw(`<span class="nz-sugg">← `)
			h.esc(*f.Suggestion)
			h.raw(`</span>`)
		case f.Canonical != "":
			h.raw(`<span class="nz-sugg">← `)
			h.esc(f.Canonical)
			h.raw(`</span>`)
		}
		h.raw(`<span class="nz-msg" dir="auto">`)
		h.esc(f.Message)
		h.raw(`</span></span></mark>`)
	case prioEvidence:
		h.raw("</span>")
	default:
		h.raw("</mark>")
	}
}

// summary writes the side panel.
func (h *htmlWriter) summary(p string, rep *finding.Report, partIndex map[string]int, evidenceIDs map[[2]int]string) {
	h.raw("<aside class=\"nz-summary\">\n")

	// Participants.
	h.rawf("<h3 class=\"nz-h\">%s</h3>\n", attr(h.p.T("Participants")))
	if len(rep.Participants) == 0 {
		h.rawf("<p class=\"nz-none\">%s</p>\n", attr(h.p.T("(none inferred)")))
	}
	mentionsOf := map[string]int{}
	roles := map[string]int{}
	for _, m := range rep.Mentions.All() {
		roles[m.Role]++
		if m.Role == "participant" {
			mentionsOf[m.Entity]++
		}
	}
	h.raw("<ul class=\"nz-parts\">\n")
	for i, pt := range rep.Participants {
		letter := participantLetter(i)
		h.rawf("<li class=\"nz-part\"><span class=\"nz-swatch nz-p%s\">%s</span> ", letter, letter)
		h.raw("<strong>")
		h.esc(pt.Name)
		h.raw("</strong>")
		if pt.English != "" {
			h.raw(" <span lang=\"en\" dir=\"ltr\">")
			h.esc(pt.English)
			h.raw("</span>")
		}
		h.raw(" <code dir=\"ltr\">")
		h.esc(pt.ID)
		h.raw("</code>")
		h.raw("<div class=\"nz-count\">")
		h.esc(h.p.T("%d mentions", mentionsOf[pt.ID]))
		h.raw(" · ")
		h.esc(h.p.T("score %s", strconv.FormatFloat(pt.Score, 'f', -1, 64)))
		if pt.Role != "" {
			h.raw(" · ")
			h.esc(h.p.Word(pt.Role))
		}
		h.raw("</div>")
		if len(pt.Evidence) > 0 {
			h.raw("\n<ul class=\"nz-ev\">")
			for _, ev := range pt.Evidence {
				h.raw("<li>")
				id, ok := evidenceIDs[[2]int{ev.Start, ev.End}]
				if ok {
					h.rawf("<a href=\"#%s\">«", id)
				} else {
					h.raw("<span>«")
				}
				h.esc(ev.Text)
				if ok {
					h.raw("»</a>")
				} else {
					h.raw("»</span>")
				}
				if ev.Note != "" {
					h.raw(" <span class=\"nz-note\">")
					h.esc(h.p.Word(ev.Note))
					h.raw("</span>")
				}
				h.raw("</li>")
			}
			h.raw("</ul>")
		}
		h.raw("</li>\n")
	}
	h.raw("</ul>\n")

	// Counts.
	kinds := map[string]int{}
	var kindOrder []string
	for _, f := range rep.Findings {
		if kinds[string(f.Kind)] == 0 {
			kindOrder = append(kindOrder, string(f.Kind))
		}
		kinds[string(f.Kind)]++
	}
	h.rawf("<h3 class=\"nz-h\">%s</h3>\n<table class=\"nz-counts\"><tbody>\n", attr(h.p.T("Counts")))
	h.rawf("<tr><th>%s</th><td>%d</td></tr>\n", attr(h.p.T("findings")), len(rep.Findings))
	for _, k := range kindOrder {
		h.raw("<tr><th>")
		h.esc(h.p.Word(k))
		h.rawf("</th><td>%d</td></tr>\n", kinds[k])
	}
	h.rawf("<tr><th>%s</th><td>%d</td></tr>\n", attr(h.p.T("mentions")), rep.Mentions.Len())
	var roleNames []string
	for r := range roles {
		roleNames = append(roleNames, r)
	}
	sort.Strings(roleNames)
	for _, r := range roleNames {
		h.raw("<tr><th>· ")
		h.esc(h.p.Word(r))
		h.rawf("</th><td>%d</td></tr>\n", roles[r])
	}
	h.raw("</tbody></table>\n")

	// Findings.
	h.rawf("<h3 class=\"nz-h\">%s</h3>\n", attr(h.p.T("Findings (%d)", len(rep.Findings))))
	if len(rep.Findings) == 0 {
		h.rawf("<p class=\"nz-none\">%s</p>\n", attr(h.p.T("(no findings)")))
	}
	h.raw("<ol class=\"nz-findings\">\n")
	for i, f := range rep.Findings {
		h.raw("<li class=\"nz-sev-")
		h.class(string(f.Severity))
		h.raw("\"><span class=\"nz-badge\">")
		h.esc(h.p.Word(string(f.Severity)))
		h.raw(" · ")
		h.esc(h.p.Word(string(f.Kind)))
		h.raw(" · <bdi dir=\"ltr\">")
		h.num(f.Line)
		h.raw(":")
		h.num(f.Column)
		h.raw("</bdi> · ")
		if h.err == nil {
			h.scratch = strconv.AppendFloat(h.scratch[:0], f.Confidence, 'f', -1, 64)
			_, h.err = h.w.Write(h.scratch)
		}
		h.raw("</span> <a href=\"#")
		h.findingID(p, i)
		h.raw("\">«")
		h.esc(f.Text)
		h.raw("»</a>")
		switch {
		case f.Suggestion != nil:
			h.raw(" ← «")
			h.esc(*f.Suggestion)
			h.raw("»")
		case f.Canonical != "":
			h.raw(" ← «")
			h.esc(f.Canonical)
			h.raw("»")
		}
		h.raw("<br><span class=\"nz-msg\" dir=\"auto\">")
		h.esc(f.Message)
		h.raw("</span></li>\n")
	}
	h.raw("</ol>\n")

	// Legend.
	h.rawf("<h3 class=\"nz-h\">%s</h3>\n<ul class=\"nz-legend\">\n", attr(h.p.T("Legend")))
	for _, l := range legend {
		h.rawf("<li><mark class=\"%s\" lang=\"ar\" dir=\"rtl\">%s</mark> %s</li>\n", l.class, l.sample, attr(h.p.Word(l.en)))
	}
	h.raw("</ul>\n</aside>\n")
}

var legend = []struct{ class, sample, en string }{
	{"nz-m nz-role-participant nz-pA", "المشارك أ", "participant A"},
	{"nz-m nz-role-participant nz-pB", "المشارك ب", "participant B"},
	{"nz-m nz-role-third-party", "طرف ثالث", "third party, topic or context"},
	{"nz-m nz-role-person", "شخص", "person"},
	{"nz-f nz-sev-error", "تعارض", "conflict (error): focus or hover for the suggestion"},
	{"nz-f nz-sev-warning", "تنبيه", "warning"},
	{"nz-variant", "تهجئة", "name variant: its other spellings light up"},
	{"nz-evidence", "دليل", "evidence for a participant"},
}

// safeClass keeps letters, digits and '-' so a value can be part of a
// class name.
func safeClass(s string) string { return string(appendSafeClass(nil, s)) }

// appendSafeClass appends safeClass(s) to b.
func appendSafeClass(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b = append(b, byte(r))
		default:
			b = append(b, '_')
		}
	}
	return b
}

// attr escapes s for text or a quoted attribute value.
func attr(s string) string {
	var b strings.Builder
	escapeTo(&b, s) // a strings.Builder never fails
	return b.String()
}
