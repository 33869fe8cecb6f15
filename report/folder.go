package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// HTMLFolder writes the HTML report of many documents into a folder: one
// page per document, written as each is added (nothing is kept but the
// counts), and an index page, index.html, written by Close: every file
// with its counts by kind and a link to its page, the totals, and the
// states most often written where another was meant. Not safe for
// concurrent use.
type HTMLFolder struct {
	dir   string
	opts  HTMLOptions
	names func(id string) string
	p     i18n.Printer

	files []folderFile
	swaps map[[2]string]int // (expected, written) → findings
	kinds map[finding.Kind]int
	err   error
}

// folderFile is one row of the index.
type folderFile struct {
	name, page   string
	participants []string
	kinds        map[finding.Kind]int
	findings     int
}

// IndexName is the index page's file name in an HTMLFolder.
const IndexName = "index.html"

// NewHTMLFolder makes dir (and its parents) and returns a writer of the
// folder report into it. names gives a state's name for the index's table
// of swapped states (nil: its id). Pages of an earlier report in dir are
// overwritten; other files are left alone.
func NewHTMLFolder(dir string, opts HTMLOptions, names func(id string) string) (*HTMLFolder, error) {
	p, err := opts.printer()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if names == nil {
		names = func(id string) string { return id }
	}
	return &HTMLFolder{dir: dir, opts: opts, names: names, p: p, swaps: map[[2]string]int{}, kinds: map[finding.Kind]int{}}, nil
}

// Add writes the page of one document (rep, a report on text) and records
// its counts for the index.
func (f *HTMLFolder) Add(rep *finding.Report, text []byte) error {
	if f.err != nil {
		return f.err
	}
	n := len(f.files) + 1
	row := folderFile{name: rep.File, page: pageName(n, rep.File), kinds: map[finding.Kind]int{}, findings: len(rep.Findings)}
	for _, pt := range rep.Participants {
		row.participants = append(row.participants, pt.Name)
	}
	for _, fd := range rep.Findings {
		row.kinds[fd.Kind]++
		f.kinds[fd.Kind]++
		if fd.Kind == finding.CountryConflict && fd.Entity != "" && fd.Expected != "" {
			f.swaps[[2]string{fd.Expected, fd.Entity}]++
		}
	}
	opts := f.opts
	opts.IndexURL = IndexName
	f.err = writeFile(filepath.Join(f.dir, row.page), func(w io.Writer) error {
		return opts.Page(w, []Document{{Report: rep, Text: text}})
	})
	f.files = append(f.files, row)
	return f.err
}

// Close writes the index page. The folder report is complete once Close
// returns nil.
func (f *HTMLFolder) Close() error {
	if f.err != nil {
		return f.err
	}
	return writeFile(filepath.Join(f.dir, IndexName), func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		h := &htmlWriter{w: bw, p: f.p}
		f.index(h)
		if h.err != nil {
			return h.err
		}
		return bw.Flush()
	})
}

// pageName is the file name of the n-th document's page: its number and
// its path with anything but letters, digits, '.', '-' and '_' as '_'.
func pageName(n int, file string) string {
	base := DisplayName(file)
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		case r > 127:
			b.WriteRune(r) // letters of other scripts are fine in a file name
		default:
			b.WriteByte('_')
		}
	}
	name := b.String()
	if len(name) > 80 {
		name = name[len(name)-80:]
		for len(name) > 0 && !utf8.RuneStart(name[0]) {
			name = name[1:]
		}
	}
	name = strings.Trim(name, "._")
	return fmt.Sprintf("%04d-%s.html", n, name)
}

// writeFile writes a file through a temporary file and a rename.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".nazir-*.tmp")
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer os.Remove(tmp.Name())
	err = tmp.Chmod(0o644)
	if err == nil {
		err = write(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("report: writing %s: %w", path, err)
	}
	return nil
}

// maxSwaps is how many pairs of swapped states the index lists.
const maxSwaps = 15

func (f *HTMLFolder) index(h *htmlWriter) {
	p := h.p
	h.rawf("<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", p.Lang(), p.Lang().Dir())
	h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"nazir\">\n<title>")
	h.esc(p.T("nazir report"))
	h.raw("</title>\n<style>\n")
	h.raw(pageCSS)
	h.raw(indexCSS)
	h.raw("</style>\n</head>\n<body>\n<header class=\"nz-top\"><h1>")
	h.esc(p.T("nazir report"))
	h.raw("</h1>\n<p class=\"nz-lede\">")
	withFindings := 0
	total := 0
	for _, r := range f.files {
		if r.findings > 0 {
			withFindings++
		}
		total += r.findings
	}
	h.esc(p.T("%s files checked, %s with findings, %s findings.", strconv.Itoa(len(f.files)), strconv.Itoa(withFindings), strconv.Itoa(total)))
	h.raw("</p></header>\n<main class=\"nz-index\">\n")

	// Totals by kind.
	kinds := f.kindOrder()
	h.rawf("<h2 class=\"nz-h\">%s</h2>\n<table class=\"nz-counts nz-table\"><tbody>\n", attr(p.T("Findings by kind")))
	for _, k := range kinds {
		h.rawf("<tr><th>%s</th><td>%d</td></tr>\n", attr(p.Word(string(k))), f.kinds[k])
	}
	if len(kinds) == 0 {
		h.rawf("<tr><th>%s</th><td>0</td></tr>\n", attr(p.T("findings")))
	}
	h.raw("</tbody></table>\n")

	// States swapped for each other.
	h.rawf("<h2 class=\"nz-h\">%s</h2>\n", attr(p.T("States most often written where another was meant")))
	if len(f.swaps) == 0 {
		h.rawf("<p class=\"nz-none\">%s</p>\n", attr(p.T("(none)")))
	} else {
		type swap struct {
			exp, got string
			n        int
		}
		var swaps []swap
		for k, n := range f.swaps {
			swaps = append(swaps, swap{k[0], k[1], n})
		}
		sort.Slice(swaps, func(i, j int) bool {
			if swaps[i].n != swaps[j].n {
				return swaps[i].n > swaps[j].n
			}
			if swaps[i].exp != swaps[j].exp {
				return swaps[i].exp < swaps[j].exp
			}
			return swaps[i].got < swaps[j].got
		})
		if len(swaps) > maxSwaps {
			swaps = swaps[:maxSwaps]
		}
		h.rawf("<table class=\"nz-table nz-swaps\">\n<thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
			attr(p.T("meant")), attr(p.T("written instead")), attr(p.T("findings")))
		for _, s := range swaps {
			h.raw("<tr><td>")
			h.esc(f.names(s.exp))
			h.raw("</td><td>")
			h.esc(f.names(s.got))
			h.rawf("</td><td class=\"nz-num\">%d</td></tr>\n", s.n)
		}
		h.raw("</tbody></table>\n")
	}

	// Files.
	h.rawf("<h2 class=\"nz-h\">%s</h2>\n<table class=\"nz-table nz-files\">\n<thead><tr><th>%s</th><th>%s</th>", attr(p.T("Files")), attr(p.T("file")), attr(p.T("Participants")))
	for _, k := range kinds {
		h.rawf("<th>%s</th>", attr(p.Word(string(k))))
	}
	h.rawf("<th>%s</th></tr></thead><tbody>\n", attr(p.T("findings")))
	for _, r := range f.files {
		class := "nz-clean"
		if r.findings > 0 {
			class = "nz-dirty"
		}
		h.rawf("<tr class=\"%s\"><td><a href=\"%s\"><bdi dir=\"ltr\">", class, attr(r.page))
		h.esc(DisplayName(r.name))
		h.raw("</bdi></a></td><td>")
		h.esc(strings.Join(r.participants, p.T(", ")))
		h.raw("</td>")
		for _, k := range kinds {
			h.rawf("<td class=\"nz-num\">%d</td>", r.kinds[k])
		}
		h.rawf("<td class=\"nz-num\">%d</td></tr>\n", r.findings)
	}
	h.raw("</tbody></table>\n</main>\n</body>\n</html>\n")
}

// kindOrder lists the kinds found, in the kind table's order, then any
// other kind by name.
func (f *HTMLFolder) kindOrder() []finding.Kind {
	var out []finding.Kind
	seen := map[finding.Kind]bool{}
	for _, k := range finding.Kinds() {
		if f.kinds[k.Kind] > 0 {
			out = append(out, k.Kind)
			seen[k.Kind] = true
		}
	}
	var rest []finding.Kind
	for k := range f.kinds {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i] < rest[j] })
	return append(out, rest...)
}

// indexCSS is the index page's addition to pageCSS.
const indexCSS = `.nz-table { border-collapse: collapse; margin: .3rem 0 1rem; font-size: .95rem; }
.nz-table th, .nz-table td { border-bottom: 1px solid var(--line); padding: .2rem .6rem; text-align: start; }
.nz-table .nz-num { text-align: end; font-variant-numeric: tabular-nums; }
.nz-files tr.nz-dirty td:last-child { color: var(--error); font-weight: bold; }
.nz-back, .nz-lede { font-size: .95rem; color: var(--muted); }
`
