package report

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/finding"
)

// Edit replaces the bytes [Start,End) of a text with New.
type Edit struct {
	Start, End int
	New        string
	// Finding is the index of the finding in its report.
	Finding int
}

// ErrOverlap is returned by Apply for edits that overlap.
var ErrOverlap = errors.New("overlapping edits")

// FixFilter selects the findings whose suggestions are applied.
type FixFilter struct {
	// MinSeverity: only findings at least this severe (empty: all).
	MinSeverity finding.Severity
	// MinConfidence: only findings at least this confident.
	MinConfidence float64
}

// Edits returns the edits the report suggests for text, in text order:
// one per finding that has a suggestion and passes the filter. An edit that
// overlaps one already taken (findings in report order; the more confident
// wins) is skipped, and so is one whose span is not inside the text or whose
// text no longer matches the finding. Findings without a suggestion (a name
// variant, whose right spelling is an editor's choice) give no edit.
func Edits(rep *finding.Report, text []byte, filter FixFilter) []Edit {
	kept, _ := editsSteps(rep, text, filter)
	return kept
}

// editsSteps is Edits with the number of steps its overlap test took: a
// candidate, and each node of the range tree it visited (a test holds it
// to O(n log n)).
func editsSteps(rep *finding.Report, text []byte, filter FixFilter) (_ []Edit, steps int) {
	type cand struct {
		e    Edit
		conf float64
	}
	var cands []cand
	for i, f := range rep.Findings {
		if f.Suggestion == nil || f.Severity.Rank() < filter.MinSeverity.Rank() || f.Confidence < filter.MinConfidence {
			continue
		}
		if !validSpan(text, f.Start, f.End) || (f.Text != "" && string(text[f.Start:f.End]) != f.Text) {
			continue
		}
		cands = append(cands, cand{Edit{Start: f.Start, End: f.End, New: *f.Suggestion, Finding: i}, f.Confidence})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].conf > cands[j].conf })
	// c overlaps a kept k when k starts before c ends and ends after c
	// starts (or starts where c does): the latest end among the kept edits
	// starting before c's end answers it in O(log n), where comparing with
	// every kept edit was quadratic in a text of many findings.
	starts := make([]int, len(cands))
	for i, c := range cands {
		starts[i] = c.e.Start
	}
	sort.Ints(starts)
	starts = slices.Compact(starts)
	ends := newRangeTree(len(starts), -1, func(a, b int) int { return max(a, b) })
	taken := make(map[int]bool)
	var kept []Edit
	for _, c := range cands {
		steps++
		before := sort.SearchInts(starts, c.e.End) // kept edits starting before c's end
		if taken[c.e.Start] || before > 0 && ends.query(0, before) > c.e.Start {
			continue
		}
		kept = append(kept, c.e)
		taken[c.e.Start] = true
		ends.update(sort.SearchInts(starts, c.e.Start), c.e.End)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept, steps + ends.steps
}

// Apply returns text with the edits applied (from the end, so that earlier
// offsets stay valid). Edits must lie inside text and must not overlap.
func Apply(text []byte, edits []Edit) ([]byte, error) {
	es := append([]Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	for i, e := range es {
		if e.Start < 0 || e.End < e.Start || e.End > len(text) {
			return nil, fmt.Errorf("edit [%d,%d) outside the text (%d bytes)", e.Start, e.End, len(text))
		}
		if i > 0 && (e.Start < es[i-1].End || e.Start == es[i-1].Start) {
			return nil, fmt.Errorf("edits [%d,%d) and [%d,%d): %w", es[i-1].Start, es[i-1].End, e.Start, e.End, ErrOverlap)
		}
	}
	// Built front to back in one buffer: each byte is copied once (copying
	// the tail per edit was quadratic in a text of many edits).
	size := len(text)
	for _, e := range es {
		size += len(e.New) - (e.End - e.Start)
	}
	out := make([]byte, 0, size)
	prev := 0
	for _, e := range es {
		out = append(out, text[prev:e.Start]...)
		out = append(out, e.New...)
		prev = e.End
	}
	return append(out, text[prev:]...), nil
}

// Diff writes a unified diff (3 lines of context) of the edits to text, as
// `diff -u` would show text against the result of Apply. The hunks are
// computed from the edits themselves, so the diff is exact and costs no
// more than the lines it shows.
func Diff(w io.Writer, oldName, newName string, text []byte, edits []Edit) error {
	const context = 3
	es := append([]Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	if _, err := Apply(text, es); err != nil {
		return err
	}
	if len(es) == 0 {
		return nil
	}
	lines := splitLines(text)
	lineOf := func(off int) int { // index of the line holding off
		return sort.Search(len(lines), func(i int) bool { return lines[i].end > off }) // end exclusive incl. break
	}
	// Runs of touched lines, each with its edits; runs close enough share
	// a hunk.
	type run struct {
		first, last int // line indexes touched
		edits       []Edit
	}
	var runs []run
	for _, e := range es {
		a := min(lineOf(e.Start), len(lines)-1)
		z := a
		if e.End > e.Start {
			z = min(lineOf(e.End-1), len(lines)-1)
			// An edit that takes a line break joins the next line.
			if e.End == lines[z].end && z+1 < len(lines) && text[e.End-1] == '\n' {
				z++
			}
		}
		if n := len(runs); n > 0 && a <= runs[n-1].last {
			runs[n-1].last = max(runs[n-1].last, z)
			runs[n-1].edits = append(runs[n-1].edits, e)
			continue
		}
		runs = append(runs, run{first: a, last: z, edits: []Edit{e}})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldName, newName)
	delta := 0 // lines added so far minus lines removed
	for i := 0; i < len(runs); {
		j := i // runs[i..j] form one hunk
		for j+1 < len(runs) && runs[j+1].first-runs[j].last <= 2*context+1 {
			j++
		}
		lo, hi := max(0, runs[i].first-context), min(len(lines)-1, runs[j].last+context)
		var body strings.Builder
		oldCount, newCount := 0, 0
		next := lo
		for _, r := range runs[i : j+1] {
			for ; next < r.first; next++ {
				writeDiffLine(&body, ' ', text[lines[next].start:lines[next].end])
				oldCount++
				newCount++
			}
			start, end := lines[r.first].start, lines[r.last].end
			var local []Edit
			for _, e := range r.edits {
				local = append(local, Edit{Start: e.Start - start, End: e.End - start, New: e.New})
			}
			changed, err := Apply(text[start:end], local)
			if err != nil {
				return err
			}
			for k := r.first; k <= r.last; k++ {
				writeDiffLine(&body, '-', text[lines[k].start:lines[k].end])
				oldCount++
			}
			if len(changed) > 0 {
				for _, l := range splitLines(changed) {
					writeDiffLine(&body, '+', changed[l.start:l.end])
					newCount++
				}
			}
			next = r.last + 1
		}
		for ; next <= hi; next++ {
			writeDiffLine(&body, ' ', text[lines[next].start:lines[next].end])
			oldCount++
			newCount++
		}
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(lo+1, oldCount), hunkRange(lo+1+delta, newCount))
		b.WriteString(body.String())
		delta += newCount - oldCount
		i = j + 1
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func hunkRange(start, count int) string {
	if count == 1 {
		return fmt.Sprint(start)
	}
	if count == 0 {
		return fmt.Sprintf("%d,0", start-1)
	}
	return fmt.Sprintf("%d,%d", start, count)
}

func writeDiffLine(b *strings.Builder, tag byte, line []byte) {
	b.WriteByte(tag)
	b.Write(line)
	if len(line) == 0 || line[len(line)-1] != '\n' {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

type lineSpan struct{ start, end int } // end includes the line break

// splitLines splits after each LF (as diff does; a CR stays in its line).
func splitLines(text []byte) []lineSpan {
	var ls []lineSpan
	s := 0
	for i, c := range text {
		if c == '\n' {
			ls = append(ls, lineSpan{s, i + 1})
			s = i + 1
		}
	}
	if s < len(text) || len(ls) == 0 {
		ls = append(ls, lineSpan{s, len(text)})
	}
	return ls
}
