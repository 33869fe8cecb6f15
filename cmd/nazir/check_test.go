package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/spanmap"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const exampleRelease = "../../testdata/releases/azerbaijan-2026-01-28.txt"

func runCLI(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func exampleText(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(exampleRelease)
	require.NoError(t, err)
	return b
}

// corpus makes a directory tree: n copies of the example release, a clean
// release, a hidden directory and a file that --include leaves out.
func corpus(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	ex := exampleText(t)
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, "batch"+string(rune('a'+i%3)))
		require.NoError(t, os.MkdirAll(sub, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(sub, "r"+string(rune('0'+i/3))+".txt"), ex, 0o644))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".hidden", "x.txt"), ex, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), ex, 0o644))
	return dir
}

func jsonReports(t testing.TB, out string) []consistency.Report {
	t.Helper()
	var reps []consistency.Report
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r consistency.Report
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "each line is one JSON report")
		reps = append(reps, r)
	}
	return reps
}

func TestCheckFormats(t *testing.T) {
	cases := []struct {
		name   string
		format string
		check  func(t *testing.T, out string)
	}{
		{"text", "text", func(t *testing.T, out string) {
			assert.Contains(t, out, "azerbaijan-2026-01-28.txt:")
			assert.Contains(t, out, "[country-conflict]")
			assert.Contains(t, out, "^^^")
		}},
		{"json", "json", func(t *testing.T, out string) {
			reps := jsonReports(t, out)
			require.Len(t, reps, 1)
			assert.NotEmpty(t, reps[0].Findings)
		}},
		{"html", "html", func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
			assert.Contains(t, out, `id="d1-f1"`)
		}},
		{"sarif", "sarif", func(t *testing.T, out string) {
			var log struct {
				Version string `json:"version"`
				Runs    []struct {
					Results []json.RawMessage `json:"results"`
				} `json:"runs"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &log))
			assert.Equal(t, "2.1.0", log.Version)
			require.Len(t, log.Runs, 1)
			assert.NotEmpty(t, log.Runs[0].Results)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "check", "--format", c.format, exampleRelease)
			assert.Equal(t, exitFindings, code, errs)
			assert.Empty(t, errs, "one file: no summary on stderr")
			c.check(t, out)
		})
	}
}

func TestCheckDirectoriesInOrder(t *testing.T) {
	dir := corpus(t, 7)
	code, out1, errs := runCLI(t, "", "check", "--format", "json", "-j", "1", dir)
	require.Equal(t, exitFindings, code, errs)
	reps := jsonReports(t, out1)
	require.Len(t, reps, 7, "hidden directories and files outside --include are skipped")
	var names []string
	for _, r := range reps {
		names = append(names, r.File)
	}
	assert.IsIncreasing(t, names, "lexical order")
	for _, j := range []string{"2", "8"} {
		_, out, _ := runCLI(t, "", "check", "--format", "json", "-j", j, dir)
		assert.Equal(t, out1, out, "-j %s keeps the input order", j)
	}
	assert.Contains(t, errs, "7 files checked")
	assert.Contains(t, errs, "country-conflict")
	assert.NotContains(t, errs, "\r", "no progress bar when stderr is not a terminal")

	_, out, _ := runCLI(t, "", "check", "--format", "json", "--include", "*.md", "--include", "*.txt", dir)
	assert.Len(t, jsonReports(t, out), 8)
}

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.txt")
	require.NoError(t, os.WriteFile(clean, []byte("التقى وزير الخارجية الصيني وانغ يي في بكين اليوم نظيره الأذربيجاني .\n"), 0o644))
	empty := t.TempDir()
	cases := []struct {
		name string
		args []string
		want int
		out  string // in stdout
		errs string // in stderr
	}{
		{"findings", []string{"check", exampleRelease}, exitFindings, "[country-conflict]", ""},
		{"fail-on never", []string{"check", "--fail-on", "never", exampleRelease}, exitOK, "[country-conflict]", ""},
		{"missing file, others still checked", []string{"check", "--format", "json", filepath.Join(dir, "missing.txt"), exampleRelease}, exitUsage, `"findings"`, "missing.txt"},
		{"empty directory", []string{"check", empty}, exitUsage, "", "no file in this directory matches"},
		{"bad format", []string{"check", "--format", "xml", exampleRelease}, exitUsage, "", "unknown format"},
		{"bad input kind", []string{"check", "--input", "pdf", exampleRelease}, exitUsage, "", "--input"},
		{"bad include", []string{"check", "--include", "[", exampleRelease}, exitUsage, "", "--include"},
		{"bad -j", []string{"check", "-j", "0", exampleRelease}, exitUsage, "", "-j 0"},
		{"too large", []string{"check", "--max-bytes", "10", exampleRelease}, exitUsage, "", "raise --max-bytes"},
		{"no input", []string{"check"}, exitUsage, "", "no input"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", c.args...)
			assert.Equal(t, c.want, code, errs)
			assert.Contains(t, out, c.out)
			assert.Contains(t, errs, c.errs)
		})
	}
}

func TestCheckStdin(t *testing.T) {
	code, out, _ := runCLI(t, string(exampleText(t)), "check", "-")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "<stdin>:")
}

// TestCheckHTMLInput wraps the example release in a web page and checks that
// the findings point into the page.
func TestCheckHTMLInput(t *testing.T) {
	text := string(exampleText(t))
	var page strings.Builder
	page.WriteString("<!DOCTYPE html>\n<html><head><title>أفغانستان</title><style>p{}</style></head>\n<body>\n<nav>أفغانستان ألبانيا</nav>\n<article>\n")
	for _, para := range strings.Split(text, "\n") {
		page.WriteString("<p>" + strings.ReplaceAll(para, "\"", "&quot;") + "</p>\n")
	}
	page.WriteString("</article>\n<footer>© الكاتب</footer></body></html>\n")
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, []byte(page.String()), 0o644))

	_, want, _ := runCLI(t, "", "check", "--format", "json", exampleRelease)
	code, out, errs := runCLI(t, "", "check", "--format", "json", "--input", "html", path)
	require.Equal(t, exitFindings, code, errs)
	plain, web := jsonReports(t, want)[0], jsonReports(t, out)[0]
	require.Equal(t, len(plain.Findings), len(web.Findings), "the page's text gives the release's findings")
	src := []byte(page.String())
	lines := strings.Split(page.String(), "\n")
	for i, f := range web.Findings {
		assert.Equal(t, f.Text, string(src[f.Start:f.End]), "finding %d: span is a page offset", i)
		assert.Equal(t, plain.Findings[i].Text, f.Text)
		line := lines[f.Line-1]
		assert.True(t, strings.HasPrefix(string([]rune(line)[f.Column-1:]), f.Text), "finding %d: line/column in the page", i)
	}

	// The directory default for --input html is *.html.
	code, out, _ = runCLI(t, "", "check", "--format", "json", "--input", "html", filepath.Dir(path))
	assert.Equal(t, exitFindings, code)
	assert.Len(t, jsonReports(t, out), 1)

	// The HTML format shows the page's text.
	_, out, _ = runCLI(t, "", "check", "--format", "html", "--input", "html", path)
	assert.NotContains(t, out, "&lt;p&gt;", "the page's markup is not shown as text")
	assert.Contains(t, out, `id="d1-f1"`)
}

// TestCheckJSONBytes pins the JSON Lines output byte for byte to what
// encoding/json writes for the library's reports (HTML escaping off), over
// every release under testdata/, as plain text and as a web page.
func TestCheckJSONBytes(t *testing.T) {
	files, err := filepath.Glob("../../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		text, err := os.ReadFile(f)
		require.NoError(t, err)
		rep, err := nazir.Check(text)
		require.NoError(t, err)
		rep.File = f
		require.NoError(t, enc.Encode(rep))
	}
	_, out, _ := runCLI(t, "", append([]string{"check", "--format", "json", "-j", "2"}, files...)...)
	require.Equal(t, want.String(), out)

	page := []byte("<html><body><h1>عنوان &amp; خبر</h1><p>" + string(exampleText(t)) + "</p><script>x()</script></body></html>")
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, page, 0o644))
	wt := webtext.Extract(page)
	rep, err := nazir.Check(wt.Text)
	require.NoError(t, err)
	rep.File = path
	spanmap.Map(rep, page, wt.SourceSpan)
	want.Reset()
	require.NoError(t, enc.Encode(rep))
	_, out, _ = runCLI(t, "", "check", "--format", "json", "--input", "html", path)
	require.Equal(t, want.String(), out)
}

// TestCheckStreamsLargeReports: a report of more than streamItems mentions
// and findings is written a piece at a time by the writing loop, in its
// turn among smaller ones, and the output is the bytes the format's Append
// gives, in text and JSON; a failing output is reported as before.
func TestCheckStreamsLargeReports(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(small, exampleText(t), 0o644))
	big := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(big, bytes.Repeat(append(exampleText(t), '\n'), 60), 0o644))
	bigText, err := os.ReadFile(big)
	require.NoError(t, err)
	rep, err := nazir.Check(bigText)
	require.NoError(t, err)
	require.Greater(t, rep.Mentions.Len()+len(rep.Findings), streamItems, "the large file is streamed")
	files := []string{small, big, small}
	for _, name := range []string{"text", "json"} {
		t.Run(name, func(t *testing.T) {
			f, ok := report.LookupFormat(name)
			require.True(t, ok)
			var want []byte
			for _, file := range files {
				text, err := os.ReadFile(file)
				require.NoError(t, err)
				rep, err := nazir.Check(text)
				require.NoError(t, err)
				rep.File = file
				want, err = f.Append(want, rep, text)
				require.NoError(t, err)
			}
			code, out, errs := runCLI(t, "", append([]string{"check", "--no-config", "--format", name, "-j", "2"}, files...)...)
			require.Equal(t, exitFindings, code, errs)
			require.Equal(t, string(want), out)

			var fail failingWriter
			var stderr bytes.Buffer
			code = run([]string{"check", "--no-config", "--format", name, big}, strings.NewReader(""), &fail, &stderr)
			require.Equal(t, exitUsage, code)
			require.Contains(t, stderr.String(), "writing output: no space left")
			require.Equal(t, 1, fail.writes, "nothing is written after the first error")
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{ writes int }

func (w *failingWriter) Write([]byte) (int, error) {
	w.writes++
	return 0, errors.New("no space left")
}
