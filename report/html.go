package report

import (
	"bufio"
	"fmt"
	"io"
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

// esc writes s escaped for text or a quoted attribute value.
func (h *htmlWriter) esc(s string) {
	if h.err == nil {
		h.err = escapeTo(h.w, s)
	}
}

// escapeTo writes s escaped for text or a quoted attribute value. Invalid
// UTF-8 bytes become U+FFFD one by one, NUL too, so that the page is valid
// UTF-8 and the visible text has one character per character of the input.
func escapeTo(w io.StringWriter, s string) error {
	last := 0
	var err error
	put := func(str string) {
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
			put(repl)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			put(s[last:i])
			put("\uFFFD")
			last = i + 1
		}
		i += size
	}
	put(s[last:])
	return err
}

func (h *htmlWriter) escBytes(b []byte) { h.esc(string(b)) }

// mark is one highlighted span and its markup.
type mark struct {
	start, end int
	prio       int    // higher wins when spans cross
	open       string // opening tag, already escaped
	close      string
	tip        string // markup written just before close (already escaped)
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
			c := clusterClass(di+1, k)
			h.rawf(".nz-doc:has(.%[1]s:hover, .%[1]s:focus) .%[1]s { outline: 3px solid var(--variant); background: var(--variant-bg); }\n", c)
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

func clusterClass(doc, k int) string { return "nz-v" + strconv.Itoa(doc) + "-" + strconv.Itoa(k) }

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
	marks, evidenceIDs := buildMarks(h.p, p, n, rep, text, partIndex)

	h.summary(p, rep, partIndex, evidenceIDs)

	// The text is Arabic whatever the page's language; its heading is in
	// the page's.
	heading := ""
	if h.p.Lang() != i18n.Arabic {
		heading = fmt.Sprintf(" lang=\"%s\" dir=\"%s\"", h.p.Lang(), h.p.Lang().Dir())
	}
	h.rawf("<main class=\"nz-text\" lang=\"ar\" dir=\"rtl\">\n<h3 class=\"nz-h\"%s>%s</h3>\n<div class=\"nz-body\">", heading, attr(h.p.T("Text")))
	h.highlighted(text, marks)
	h.raw("</div>\n</main>\n</div>\n</section>\n")
}

// buildMarks collects the spans to highlight and keeps those that nest:
// a span crossing a higher-priority one is dropped (its information stays in
// the summary).
func buildMarks(pr i18n.Printer, p string, doc int, rep *finding.Report, text []byte, partIndex map[string]int) ([]*mark, map[[2]int]string) {
	var cands []*mark
	k := 0
	for i, f := range rep.Findings {
		id := p + "f" + strconv.Itoa(i+1)
		class := "nz-f nz-k-" + safeClass(string(f.Kind)) + " nz-sev-" + safeClass(string(f.Severity))
		variant := spellings(f.Kind)
		if variant {
			k++
			class += " nz-variant " + clusterClass(doc, k)
		}
		if !validSpan(text, f.Start, f.End) {
			continue
		}
		var open strings.Builder
		fmt.Fprintf(&open, `<mark class="%s" id="%s" tabindex="0" aria-describedby="%s-tip" data-kind="%s"`, class, id, id, attr(string(f.Kind)))
		if f.Entity != "" {
			fmt.Fprintf(&open, ` data-entity="%s"`, attr(f.Entity))
		}
		if f.Expected != "" {
			fmt.Fprintf(&open, ` data-expected="%s"`, attr(f.Expected))
		}
		if f.Suggestion != nil {
			fmt.Fprintf(&open, ` data-suggestion="%s"`, attr(*f.Suggestion))
		}
		open.WriteString(">")
		var tip strings.Builder
		fmt.Fprintf(&tip, `<span class="nz-tip" role="tooltip" id="%s-tip">`, id)
		switch {
		case f.Suggestion != nil:
			fmt.Fprintf(&tip, `<span class="nz-sugg">← %s</span>`, attr(*f.Suggestion))
		case f.Canonical != "":
			fmt.Fprintf(&tip, `<span class="nz-sugg">← %s</span>`, attr(f.Canonical))
		}
		fmt.Fprintf(&tip, `<span class="nz-msg" dir="auto">%s</span></span>`, attr(f.Message))
		cands = append(cands, &mark{start: f.Start, end: f.End, prio: prioFinding, open: open.String(), close: "</mark>", tip: tip.String()})
		if variant {
			for _, m := range f.Mentions {
				if m.Start == f.Start && m.End == f.End || !validSpan(text, m.Start, m.End) {
					continue
				}
				open := fmt.Sprintf(`<mark class="nz-variant %s" tabindex="0" title="%s">`, clusterClass(doc, k), attr(pr.T("spelling of %s", f.Canonical)))
				cands = append(cands, &mark{start: m.Start, end: m.End, prio: prioVariant, open: open, close: "</mark>"})
			}
		}
	}
	evidenceIDs := map[[2]int]string{}
	for pi, pt := range rep.Participants {
		for j, ev := range pt.Evidence {
			key := [2]int{ev.Start, ev.End}
			if _, dup := evidenceIDs[key]; dup || !validSpan(text, ev.Start, ev.End) {
				continue
			}
			id := fmt.Sprintf("%se%d-%d", p, pi+1, j+1)
			evidenceIDs[key] = id
			open := fmt.Sprintf(`<span class="nz-evidence nz-p%s" id="%s" title="%s">`, participantLetter(pi), id, attr(pr.T("evidence for %s: %s", pt.ID, pr.Word(ev.Note))))
			cands = append(cands, &mark{start: ev.Start, end: ev.End, prio: prioEvidence, open: open, close: "</span>"})
		}
	}
	// A mention's tag depends only on its entity and role: one string per
	// pair, shared by its marks, so that a text of many mentions does not
	// hold a tag per mention.
	opens := map[[2]string]string{}
	for _, m := range rep.Mentions.All() {
		if !validSpan(text, m.Start, m.End) {
			continue
		}
		open, ok := opens[[2]string{m.Entity, m.Role}]
		if !ok {
			class := "nz-m nz-role-" + safeClass(m.Role)
			if m.Role == "participant" {
				if i, ok := partIndex[m.Entity]; ok {
					class += " nz-p" + participantLetter(i)
				}
			}
			title := m.Entity + " · " + pr.Word(m.Role)
			open = fmt.Sprintf(`<mark class="%s" data-entity="%s" data-role="%s" title="%s">`, class, attr(m.Entity), attr(m.Role), attr(title))
			opens[[2]string{m.Entity, m.Role}] = open
		}
		cands = append(cands, &mark{start: m.Start, end: m.End, prio: prioMention, open: open, close: "</mark>"})
	}
	return nestable(cands), evidenceIDs
}

// nestable keeps, in priority order, the marks that do not cross an already
// kept one (nesting is fine, crossing is not), sorted for rendering.
//
// A mark c crosses a kept k when k starts before c and ends inside it, or
// starts inside c and ends after it: two range queries over the kept marks
// (the earliest start among those ending inside c, the latest end among
// those starting inside c), each O(log n), so that a text whose every word
// is highlighted is not quadratic.
//
// When no two marks overlap and none is empty (a text of mentions only,
// each word its own), every mark is kept: they are only sorted, without
// the trees.
func nestable(cands []*mark) []*mark {
	if sorted := slices.Clone(cands); disjoint(sorted) {
		return sorted
	}
	kept, _ := nestableSteps(cands)
	return kept
}

// disjoint sorts marks by start and reports whether none is empty and
// each ends at or before the next one starts.
func disjoint(marks []*mark) bool {
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
// O(n log n)).
func nestableSteps(cands []*mark) (_ []*mark, steps int) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].prio > cands[j].prio })
	pos := make([]int, 0, 2*len(cands))
	for _, c := range cands {
		pos = append(pos, c.start, c.end)
	}
	sort.Ints(pos)
	pos = slices.Compact(pos)
	index := func(x int) int { return sort.SearchInts(pos, x) }
	// byStart[i]: the latest end of a kept mark starting at pos[i];
	// byEnd[i]: the earliest start of a kept mark ending at pos[i].
	byStart := newRangeTree(len(pos), -1, func(a, b int) int { return max(a, b) })
	byEnd := newRangeTree(len(pos), math.MaxInt, func(a, b int) int { return min(a, b) })
	var kept []*mark
	for _, c := range cands {
		steps++
		lo, hi := index(c.start)+1, index(c.end) // positions strictly inside c
		if lo < hi && (byStart.query(lo, hi) > c.end || byEnd.query(lo, hi) < c.start) {
			continue
		}
		kept = append(kept, c)
		byStart.update(index(c.start), c.end)
		byEnd.update(index(c.end), c.start)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.prio > b.prio
	})
	return kept, steps + byStart.steps + byEnd.steps
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
func (h *htmlWriter) highlighted(text []byte, marks []*mark) {
	var stack []*mark
	pos := 0
	closeTop := func() {
		top := stack[len(stack)-1]
		h.escBytes(text[pos:top.end])
		pos = top.end
		h.raw(top.tip)
		h.raw(top.close)
		stack = stack[:len(stack)-1]
	}
	for _, m := range marks {
		for len(stack) > 0 && stack[len(stack)-1].end <= m.start {
			closeTop()
		}
		h.escBytes(text[pos:m.start])
		pos = m.start
		h.raw(m.open)
		stack = append(stack, m)
	}
	for len(stack) > 0 {
		closeTop()
	}
	h.escBytes(text[pos:])
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
		id := p + "f" + strconv.Itoa(i+1)
		h.rawf("<li class=\"nz-sev-%s\"><span class=\"nz-badge\">", safeClass(string(f.Severity)))
		h.esc(h.p.Word(string(f.Severity)))
		h.raw(" · ")
		h.esc(h.p.Word(string(f.Kind)))
		h.rawf(" · <bdi dir=\"ltr\">%d:%d</bdi> · %s</span> ", f.Line, f.Column, strconv.FormatFloat(f.Confidence, 'f', -1, 64))
		h.rawf("<a href=\"#%s\">«", id)
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
func safeClass(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// attr escapes s for text or a quoted attribute value.
func attr(s string) string {
	var b strings.Builder
	escapeTo(&b, s) // a strings.Builder never fails
	return b.String()
}
