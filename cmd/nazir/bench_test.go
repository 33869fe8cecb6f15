package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/internal/spanmap"
	"github.com/nazir-nlp/nazir/report"
	"github.com/nazir-nlp/nazir/webtext"
	"github.com/stretchr/testify/require"
)

// BenchmarkCheckJSON is the library path of `nazir check --format json`
// for one release the size of the example: Check, then encode the report
// (the json format, as the CLI does).
// releases/s per core is 1e9 / ns/op (run with -cpu 1).
func BenchmarkCheckJSON(b *testing.B) {
	text := exampleText(b)
	checker, err := nazir.NewChecker()
	require.NoError(b, err)
	jsonFormat, _ := report.LookupFormat("json")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		rep, err := checker.Check(text)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := jsonFormat.Append(nil, rep, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU reports releases/s from the wall time and, where it can be
// measured, cpu-releases/s: releases per second of one core's CPU time
// (user + system, GC included), which a busy machine does not distort.
func reportCPU(b *testing.B) func() {
	start, ok := cpuTime()
	return func() {
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "releases/s")
		if end, ok2 := cpuTime(); ok && ok2 && end > start {
			b.ReportMetric(float64(b.N)/(end-start).Seconds(), "cpu-releases/s")
		}
	}
}

// BenchmarkCheckFiles runs `nazir check --format json -j 1 DIR` end to end
// over a directory of 500 releases (listing, reading, checking, ordering,
// writing), without the start-up (BenchmarkNewChecker), which a long run
// pays once; one op is one release. Each run of 500 lists the directory
// again; the output is written to /dev/null.
func BenchmarkCheckFiles(b *testing.B) { benchCheckFiles(b, "json") }

// BenchmarkCheckFilesText is BenchmarkCheckFiles with the default (text)
// output format.
func BenchmarkCheckFilesText(b *testing.B) { benchCheckFiles(b, "text") }

func benchCheckFiles(b *testing.B, format string) {
	text := exampleText(b)
	dir := b.TempDir()
	const files = 500
	for i := 0; i < files; i++ {
		require.NoError(b, os.WriteFile(filepath.Join(dir, "r"+strconv.Itoa(i)+".txt"), text, 0o644))
	}
	cf := &checkFlags{format: format, input: "text", failOn: "warning", jobs: 1, noConfig: true}
	cf.maxBytes = 1 << 20
	profs, err := newProfiles(cf, nil)
	require.NoError(b, err)
	f, ok := report.LookupFormat(format)
	require.True(b, ok)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	// The output goes to a file, as a run's stdout does (one write per
	// release), not to a buffer: a test buffer would grow in the timed
	// loop and, once grown, keep the whole output alive.
	out, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(b, err)
	defer out.Close()
	var errb bytes.Buffer
	b.ResetTimer()
	defer reportCPU(b)()
	for done := 0; done < b.N; done += files {
		errb.Reset()
		n := min(files, b.N-done)
		inputs := expandInputs([]string{dir}, []string{"*.txt"})[:n]
		r := &checkRun{cf: cf, format: f, profiles: profs, stdout: out, stderr: &errb}
		if code := r.run(inputs); code != exitFindings {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
}

// BenchmarkHTML renders the HTML report of the example release.
func BenchmarkHTML(b *testing.B) {
	text := exampleText(b)
	rep, err := nazir.Check(text)
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := report.HTML(io.Discard, rep, text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewChecker is the start-up cost of every nazir command: parsing
// the embedded gazetteer and rules and compiling the tagger.
func BenchmarkNewChecker(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := nazir.NewChecker(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagOneLine is `nazir tag` on one line where every word is a
// mention, at two sizes: the time per byte stays flat (it grew with the
// line when columns were counted from the line's start).
func BenchmarkTagOneLine(b *testing.B) {
	for _, size := range []int{1 << 20, 2 << 20} {
		src := repeatTo("الصين ", size)
		b.Run(strconv.Itoa(size>>20)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"tag", "-"}, strings.NewReader(src), io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// BenchmarkInputHTML is `nazir check --input html --format json` without
// the start-up, on a web page where every word is a state's name in its own
// element, at two sizes: the page's text extracted, checked, its spans
// mapped back into the page and the report encoded. The time per byte
// stays flat: no path of the page's reading, checking or mapping grows
// with the page's length per mention.
func BenchmarkInputHTML(b *testing.B) {
	checker, err := nazir.NewChecker()
	require.NoError(b, err)
	jsonFormat, _ := report.LookupFormat("json")
	for _, size := range []int{256 << 10, 512 << 10} {
		src := []byte(repeatTo("<b>الصين</b> ", size))
		b.Run(strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				page := webtext.Extract(src)
				rep, err := checker.Check(page.Text)
				if err != nil {
					b.Fatal(err)
				}
				mapped := *rep
				spanmap.Map(&mapped, src, page.SourceSpan)
				if _, err := jsonFormat.Append(nil, &mapped, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
