package report

import (
	"bytes"
	"fmt"
	"html"
	"math/rand"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func renderHTML(t testing.TB, d Document) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, HTML(&b, d.Report, d.Text))
	return b.String()
}

func TestHTMLGolden(t *testing.T) {
	cases := []struct {
		name string
		doc  Document
	}{
		{"example release", fixture(t)},
		{"hostile release", hostile()},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			golden(t, fmt.Sprintf("html-%d.golden.html", i+1), []byte(renderHTML(t, c.doc)))
		})
	}
}

// visibleText returns the release text as a browser shows it in the text
// panel: the tips removed, the tags stripped, the entities decoded. It
// relies on the writer escaping every '<' of the text.
func visibleText(t testing.TB, page string) string {
	t.Helper()
	const open, end = `<div class="nz-body">`, "</div>\n</main>"
	i := strings.Index(page, open)
	require.GreaterOrEqual(t, i, 0, "no text panel")
	body := page[i+len(open):]
	j := strings.Index(body, end)
	require.GreaterOrEqual(t, j, 0, "text panel not closed")
	body = body[:j]
	tips := regexp.MustCompile(`(?s)<span class="nz-tip"[^>]*>.*?</span></span>`)
	body = tips.ReplaceAllString(body, "")
	tags := regexp.MustCompile(`<[^>]*>`)
	return html.UnescapeString(tags.ReplaceAllString(body, ""))
}

// shown is what the page must show for text: each invalid byte and each
// NUL as U+FFFD.
func shown(text []byte) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && size == 1 || r == 0 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(text[i : i+size])
		}
		i += size
	}
	return b.String()
}

func TestHTMLEscapesEverything(t *testing.T) {
	d := hostile()
	page := renderHTML(t, d)
	assert.True(t, utf8.ValidString(page), "page is not valid UTF-8")
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", "<note>", "<where>", "<evil>"} {
		assert.NotContains(t, strings.ToLower(page), bad, "unescaped markup from the input")
	}
	assert.Contains(t, page, "&lt;script&gt;</span>alert(&#39;x&#39;)&lt;/script&gt;")
	assert.Contains(t, page, "&amp;amp;", "an entity in the text must be shown as typed")
	assert.Equal(t, shown(d.Text), visibleText(t, page))
}

func TestHTMLStructure(t *testing.T) {
	d := fixture(t)
	page := renderHTML(t, d)
	for _, want := range []string{`<html lang="ar" dir="rtl">`, `<meta charset="utf-8">`, "Noto Naskh Arabic", "@media print"} {
		assert.Contains(t, page, want)
	}
	for _, bad := range []string{"<script", "<link", "src=", "@import", "url("} {
		assert.NotContains(t, page, bad, "the page must be self-contained")
	}
	for i, f := range d.Report.Findings {
		id := fmt.Sprintf("d1-f%d", i+1)
		re := regexp.MustCompile(`<mark class="nz-f [^"]*" id="` + id + `" tabindex="0" aria-describedby="` + id + `-tip"[^>]*>`)
		loc := re.FindStringIndex(page)
		require.NotNil(t, loc, "finding %s not highlighted", id)
		assert.True(t, strings.HasPrefix(stripTags(page[loc[1]:]), f.Text), "finding %s highlights the wrong text", id)
		assert.Contains(t, page, `href="#`+id+`"`, "finding %s not linked from the summary", id)
		if f.Suggestion != nil {
			assert.Contains(t, page, `id="`+id+`-tip"><span class="nz-sugg">← `+*f.Suggestion)
		}
	}
	assert.Equal(t, shown(d.Text), visibleText(t, page))
	assert.Contains(t, page, ".nz-doc:has(.nz-v1-1:hover, .nz-v1-1:focus) .nz-v1-1", "name variants are linked")
	assert.Equal(t, 2, strings.Count(page, `nz-variant nz-v1-1`), "both spellings carry the cluster class")
}

func stripTags(s string) string {
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, ""))
}

func TestHTMLCrossingSpans(t *testing.T) {
	text := []byte("ابجد هوز حطي كلمن")
	rep := &finding.Report{
		Mentions: finding.MentionsOf([]finding.Mention{
			{Start: 0, End: 9, Entity: "X", Role: "third-party"},
			{Start: 5, End: 15, Entity: "Y", Role: "third-party"}, // crosses the finding: dropped
			{Start: 11, End: 15, Entity: "Z", Role: "topic"},
		}),
		Findings: []finding.Finding{
			{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: 0, End: 15, Text: "ابجد هوز", Message: "m"},
			{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: 3, End: 100, Message: "out of range"},
		},
	}
	page := renderHTML(t, Document{Report: rep, Text: text})
	assert.Equal(t, shown(text), visibleText(t, page))
	assert.Contains(t, page, `data-entity="X"`)
	assert.Contains(t, page, `data-entity="Z"`)
	assert.NotContains(t, page, `data-entity="Y"`)
	assert.NotContains(t, page, `id="d1-f2"`, "a finding outside the text is listed but not highlighted")
	assert.Contains(t, page, `href="#d1-f2"`)
}

func TestHTMLDocumentsUniqueIDs(t *testing.T) {
	a, b := fixture(t), hostile()
	var out bytes.Buffer
	require.NoError(t, HTMLDocuments(&out, []Document{a, b}))
	ids := regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(out.String(), -1)
	seen := map[string]bool{}
	for _, m := range ids {
		assert.False(t, seen[m[1]], "duplicate id %s", m[1])
		seen[m[1]] = true
	}
	assert.True(t, seen["d2-f1"])
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("قال <script>x</script> &amp; الجانب"), 3, 9, 0, 4)
	f.Add([]byte("\xff\x00<>&\"'"), 0, 2, 1, 3)
	f.Add([]byte("ab\r\ncd"), 1, 4, 2, 5)
	f.Fuzz(func(t *testing.T, text []byte, s1, e1, s2, e2 int) {
		sugg := string(text[:min(len(text), 7)])
		rep := &finding.Report{
			File:         string(text[:min(len(text), 5)]),
			Participants: []finding.Participant{{ID: "P<", Name: string(text), Evidence: []finding.Span{{Start: s2, End: e2, Text: string(text)}}}},
			Mentions:     finding.MentionsOf([]finding.Mention{{Start: s2, End: e2, Entity: string(text), Role: "participant"}, {Start: s1, End: e2, Role: string(text)}}),
			Findings: []finding.Finding{
				{Kind: finding.CountryConflict, Severity: "x\"<", Start: s1, End: e1, Text: string(text), Suggestion: &sugg, Message: string(text)},
				{Kind: finding.NameVariant, Severity: finding.SeverityWarning, Start: s2, End: e2, Canonical: string(text),
					Mentions: []finding.Span{{Start: s1, End: e1}, {Start: s2, End: e2}}},
			},
		}
		page := renderHTML(t, Document{Report: rep, Text: text})
		require.True(t, utf8.ValidString(page), "page is not valid UTF-8")
		require.Equal(t, shown(text), visibleText(t, page), "the text panel must show exactly the input")
		require.Equal(t, 1, strings.Count(page, "<style>"), "input opened markup")
		require.NotContains(t, strings.ToLower(page), "<script")
		opens := strings.Count(page, "<mark") + strings.Count(page, "<span")
		closes := strings.Count(page, "</mark>") + strings.Count(page, "</span>")
		require.Equal(t, opens, closes, "unbalanced markup")
	})
}

// TestNestableMatchesPairwise: the range-query nestable keeps exactly the
// marks the pairwise rule keeps (a mark is dropped when it crosses a kept
// one of higher priority), on random marks with shared and empty bounds,
// and on random marks that do not overlap (all kept, only sorted).
func TestNestableMatchesPairwise(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 2000; trial++ {
		var a, b []mark
		for i, n := 0, rng.Intn(12); i < n; i++ {
			s := rng.Intn(20)
			m := mark{start: s, end: s + rng.Intn(8), prio: rng.Intn(4), i: i}
			a, b = append(a, m), append(b, m)
		}
		require.Equal(t, nestablePairwise(b), nestable(a), "trial %d", trial)
	}
	// Marks that do not overlap (nestable's shortcut), in random order.
	for trial := 0; trial < 500; trial++ {
		var a []mark
		for i, at, n := 0, 0, rng.Intn(12); i < n; i++ {
			at += rng.Intn(3)
			m := mark{start: at, end: at + 1 + rng.Intn(4), prio: rng.Intn(4), i: i}
			at = m.end
			a = append(a, m)
		}
		rng.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		b := slices.Clone(a)
		require.Equal(t, nestablePairwise(b), nestable(a), "disjoint trial %d", trial)
	}
}

// nestablePairwise is nestable comparing each mark with every kept one.
func nestablePairwise(cands []mark) []mark {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].prio > cands[j].prio })
	var kept []mark
	for _, c := range cands {
		ok := true
		for _, k := range kept {
			overlap := c.start < k.end && k.start < c.end
			nested := (c.start >= k.start && c.end <= k.end) || (k.start >= c.start && k.end <= c.end)
			if overlap && !nested {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
		}
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
	return kept
}

// TestEditsMatchesPairwise: Edits keeps exactly the edits the pairwise
// rule keeps (an edit is dropped when it overlaps, or starts where, a kept
// more confident one does), on random findings with shared spans.
func TestEditsMatchesPairwise(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	text := []byte(strings.Repeat("ab", 20))
	for trial := 0; trial < 3000; trial++ {
		rep := &finding.Report{}
		for i, n := 0, rng.Intn(10); i < n; i++ {
			s := rng.Intn(30)
			sugg := strconv.Itoa(i)
			rep.Findings = append(rep.Findings, finding.Finding{Severity: finding.SeverityError, Start: s, End: s + rng.Intn(6),
				Confidence: float64(rng.Intn(3)) / 2, Suggestion: &sugg})
		}
		var want []Edit
		type cand struct {
			e    Edit
			conf float64
		}
		var cands []cand
		for i, f := range rep.Findings {
			if validSpan(text, f.Start, f.End) {
				cands = append(cands, cand{Edit{Start: f.Start, End: f.End, New: *f.Suggestion, Finding: i}, f.Confidence})
			}
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].conf > cands[j].conf })
		for _, c := range cands {
			ok := true
			for _, k := range want {
				if c.e.Start < k.End && k.Start < c.e.End || c.e.Start == k.Start {
					ok = false
				}
			}
			if ok {
				want = append(want, c.e)
			}
		}
		sort.Slice(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		require.Equal(t, want, Edits(rep, text, FixFilter{}), "trial %d", trial)
	}
}

// randomHighlighted returns a random report on an ASCII text (every span
// valid): findings (some of them name variants with spellings), a
// participant's evidence, and mentions in text order that do not overlap
// (each a word), some of them inside or crossing findings and evidence.
func randomHighlighted(rng *rand.Rand) (*finding.Report, []byte) {
	n := 1 + rng.Intn(60)
	text := bytes.Repeat([]byte("a"), n)
	span := func() (int, int) {
		s := rng.Intn(n)
		return s, min(n, s+1+rng.Intn(6))
	}
	rep := &finding.Report{}
	for range rng.Intn(6) {
		s, e := span()
		f := finding.Finding{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: s, End: e, Message: "m"}
		if rng.Intn(2) == 0 {
			f.Kind, f.Severity, f.Canonical = finding.NameVariant, finding.SeverityWarning, "c"
			for range rng.Intn(4) {
				s, e := span()
				f.Mentions = append(f.Mentions, finding.Span{Start: s, End: e})
			}
		}
		rep.Findings = append(rep.Findings, f)
	}
	pt := finding.Participant{ID: "CN", Name: "n"}
	for range rng.Intn(4) {
		s, e := span()
		pt.Evidence = append(pt.Evidence, finding.Span{Start: s, End: e, Note: "x"})
	}
	rep.Participants = append(rep.Participants, pt)
	var ms []finding.Mention
	for at := rng.Intn(3); at < n; at += rng.Intn(3) {
		e := min(n, at+1+rng.Intn(4))
		ms = append(ms, finding.Mention{Start: at, End: e, Entity: "CN", Role: []string{"participant", "third-party"}[rng.Intn(2)]})
		at = e
	}
	rep.Mentions = finding.MentionsOf(ms)
	return rep, text
}

// TestHighlightsStreamed: reading the mentions from the report as the
// text is written (when they are in text order and none overlaps another)
// keeps and orders exactly the highlights that collecting every mention
// with the other marks does, and writes the same page, on random reports
// where findings, spellings and evidence cross and nest the mentions.
func TestHighlightsStreamed(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	pr := i18n.Arabic.Printer()
	for trial := range 3000 {
		rep, text := randomHighlighted(rng)
		require.True(t, mentionsDisjoint(rep.Mentions, text))
		parts := map[string]int{"CN": 0}
		streamed := buildMarks(pr, "d1-", 1, rep, text, parts, true)
		collected := buildMarks(pr, "d1-", 1, rep, text, parts, false)
		require.Equal(t, slices.Collect(collected.all(text)), slices.Collect(streamed.all(text)), "trial %d", trial)
		var a, b strings.Builder
		for _, x := range []struct {
			w  *strings.Builder
			hl *highlights
		}{{&a, streamed}, {&b, collected}} {
			require.NoError(t, writeHTML(x.w, pr, func(h *htmlWriter) { h.highlighted(text, x.hl) }))
		}
		require.Equal(t, b.String(), a.String(), "trial %d", trial)
	}
}

// TestMentionsDisjoint: the mentions are streamed only when, among those
// with a valid span, each starts at or after the end of the one before.
func TestMentionsDisjoint(t *testing.T) {
	text := []byte("abcdefgh")
	for _, tc := range []struct {
		spans [][2]int
		want  bool
	}{
		{nil, true},
		{[][2]int{{0, 2}, {2, 4}, {5, 8}}, true},
		{[][2]int{{0, 2}, {3, 3}, {4, 5}}, true}, // an empty span is not valid: skipped
		{[][2]int{{0, 2}, {1, 9}, {4, 5}}, true}, // past the end: skipped
		{[][2]int{{0, 3}, {2, 4}}, false},        // overlapping
		{[][2]int{{4, 6}, {0, 2}}, false},        // out of order
		{[][2]int{{0, 4}, {1, 2}}, false},        // nested
		{[][2]int{{2, 4}, {2, 4}}, false},        // the same span twice
	} {
		var ms []finding.Mention
		for _, s := range tc.spans {
			ms = append(ms, finding.Mention{Start: s[0], End: s[1]})
		}
		assert.Equal(t, tc.want, mentionsDisjoint(finding.MentionsOf(ms), text), "%v", tc.spans)
	}
}
