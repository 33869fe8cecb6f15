package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/longtest"
)

// TestTextCommandsRefuseWhatCheckRefuses: tag and normalize take the same
// input as check: a size limit (standard input is not read past it), and
// empty input and invalid UTF-8 are errors with check's messages and exit 2.
func TestTextCommandsRefuseWhatCheckRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	tests := []struct {
		name  string
		args  []string
		stdin io.Reader
		want  string
	}{
		{"empty file", []string{write("empty.txt", nil)}, nil, "empty.txt: empty input"},
		{"only whitespace", []string{"-"}, strings.NewReader(" \r\n\t "), "<stdin>: empty input"},
		{"invalid UTF-8 after a CR", []string{write("bad.txt", []byte("الصين\rو \xff"))}, nil,
			"bad.txt: line 2, column 3 (byte 14): invalid UTF-8"},
		{"file above --max-bytes", []string{"--max-bytes", "100", write("big.txt", bytes.Repeat([]byte("ا"), 100))}, nil,
			"big.txt: 200 bytes, larger than 100 bytes (raise --max-bytes)"},
		{"endless standard input", []string{"-"}, io.LimitReader(endlessArabic{}, 1<<40),
			"<stdin>: larger than 67108864 bytes (raise --max-bytes)"},
		{"bad --max-bytes", []string{"--max-bytes", "-1", "-"}, strings.NewReader("الصين"), "--max-bytes -1"},
	}
	for _, cmd := range []string{"check", "tag", "normalize"} { // check: the reference
		for _, tc := range tests {
			t.Run(cmd+"/"+tc.name, func(t *testing.T) {
				stdin := tc.stdin
				if stdin == nil {
					stdin = strings.NewReader("")
				}
				var out, errb bytes.Buffer
				var code int
				// An endless input must be refused, not read for ever.
				within(t, generous, func() { code = run(append([]string{cmd}, tc.args...), stdin, &out, &errb) })
				assert.Equal(t, exitUsage, code)
				assert.Contains(t, errb.String(), "nazir "+cmd+": ")
				assert.Contains(t, errb.String(), tc.want)
				assert.Empty(t, out.String())
			})
		}
	}
	// and what they accept is unchanged: a text at the limit is read.
	for _, cmd := range []string{"tag", "normalize"} {
		at := []byte("الصين")
		code, out, errs := runCLI(t, string(at), cmd, "--max-bytes", "10", "-")
		assert.Equal(t, exitOK, code, errs)
		assert.NotEmpty(t, out)
	}
}

// TestTagLineEndings: tag counts lines as check does: LF, CRLF and CR
// each end one line; columns are code points from the line's start.
func TestTagLineEndings(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"LF", "مرحبا\nالصين", "<stdin>:2:1\t"},
		{"CRLF", "مرحبا\r\nالصين", "<stdin>:2:1\t"},
		{"CR", "مرحبا\rالصين", "<stdin>:2:1\t"},
		{"CR CR", "مرحبا\r\r  الصين", "<stdin>:3:3\t"},
		{"one line", "مرحبا الصين", "<stdin>:1:7\t"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tc.text, "tag", "-")
			require.Equal(t, exitOK, code, errs)
			assert.True(t, strings.HasPrefix(out, tc.want), "got %q", out)
		})
	}
}

// TestTagHugeLine: tag on a one-line worst case (a country name repeated,
// every word a mention) finishes: a mention's column is counted from a
// checkpoint near it, not from the line's start.
func TestTagHugeLine(t *testing.T) {
	longtest.Skip(t, "a 4 MB line of mentions")
	src := repeatTo("الصين ", worstCaseBytes)
	var code int
	var out, errs bytes.Buffer
	within(t, generous, func() {
		code = run([]string{"tag", "-"}, strings.NewReader(src), &out, &errs)
	})
	require.Equal(t, exitOK, code, errs.String())
	lines := strings.Count(out.String(), "\n")
	assert.Equal(t, strings.Count(src, " "), lines)
	last := out.String()[strings.LastIndex(out.String()[:len(out.String())-1], "\n")+1:]
	assert.True(t, strings.HasPrefix(last, fmt.Sprintf("<stdin>:1:%d\t", 6*(lines-1)+1)), last)
}

// FuzzTagPositions: positions given in increasing order equal the line
// index's, whatever the line breaks (LF, CR, CRLF) and runes between them
// (offsets on rune boundaries, as mention starts are).
func FuzzTagPositions(f *testing.F) {
	f.Add([]byte("مرحبا\r\nالصين\rو\nx"), uint8(3))
	f.Add([]byte("\r\r\n\n"), uint8(1))
	f.Add([]byte("a\xffب\rc"), uint8(2))
	f.Fuzz(func(t *testing.T, src []byte, step uint8) {
		tp := &tagPositions{li: consistency.NewLineIndex(src), src: src}
		li := consistency.NewLineIndex(src)
		k := 0
		for off := 0; off <= len(src); k++ {
			if k%(int(step%7)+1) == 0 {
				if got, want := tp.at(off), li.At(off); got != want {
					t.Fatalf("offset %d: got %+v, want %+v", off, got, want)
				}
			}
			if off == len(src) {
				break
			}
			_, size := utf8.DecodeRune(src[off:])
			off += size
		}
	})
}

// TestMinConfidenceNaN: --min-confidence must be a number from 0 to 1;
// NaN (which compares false with everything) is refused like 1.5.
// So is a settings file's min-confidence, and serve's flag (before it
// listens).
func TestMinConfidenceNaN(t *testing.T) {
	for _, cmd := range []string{"check", "fix", "serve"} {
		for _, v := range []string{"NaN", "nan", "-0.5", "1.5", "+Inf"} {
			args := []string{cmd, "--min-confidence", v}
			if cmd != "serve" {
				args = append(args, "-")
			}
			code, _, errs := runCLI(t, "الصين", args...)
			assert.Equal(t, exitUsage, code, "%s --min-confidence %s", cmd, v)
			assert.Contains(t, errs, "want a number from 0 to 1")
		}
	}
	dir := t.TempDir()
	for _, v := range []string{".nan", ".NaN", "-.inf", "1.5"} {
		cfg := filepath.Join(dir, "nazir.yaml")
		require.NoError(t, os.WriteFile(cfg, []byte("min-confidence: "+v+"\n"), 0o644))
		for _, cmd := range []string{"check", "fix"} {
			code, _, errs := runCLI(t, "الصين", cmd, "--config", cfg, "-")
			assert.Equal(t, exitUsage, code, "%s with min-confidence: %s", cmd, v)
			assert.Contains(t, errs, "nazir.yaml:")
			assert.Contains(t, errs, "want a number from 0 to 1")
		}
	}
}

// TestTerminalEscapes: nothing a release or a file name holds reaches the
// terminal as a control: the text report, tag's text lines and the error
// messages on stderr escape ESC and every other C0/C1 control (not the
// line feeds and tabs of the output's own layout); JSON keeps the exact
// bytes, escaped as JSON escapes them.
func TestTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "evil\x1b[2J.txt")
	release := "\x1b[8mالتقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني في بكين. وقال إن الجانب الأفغاني\x1b[0m\u009b شريك."
	require.NoError(t, os.WriteFile(evil, []byte(release), 0o644))
	bad := filepath.Join(dir, "bad\x1b]0;x\x07.txt")
	require.NoError(t, os.WriteFile(bad, []byte("\x1b[2J\xff"), 0o644))

	code, out, errs := runCLI(t, "", "check", evil, bad)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, out, `evil\x1b[2J.txt:1:`)
	assert.Contains(t, out, `الأفغاني\x1b[0m\u009b`)
	assert.Contains(t, errs, `bad\x1b]0;x\x07.txt: line 1, column 5`)
	for _, s := range []string{out, strings.ReplaceAll(errs, "\t", " ")} {
		for _, c := range s {
			require.False(t, c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f, "control %U in %q", c, s)
		}
	}

	code, out, _ = runCLI(t, "", "tag", evil)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, `evil\x1b[2J.txt:1:`)
	assert.NotContains(t, out, "\x1b")

	code, out, _ = runCLI(t, "", "check", "--format", "json", evil)
	assert.Equal(t, exitFindings, code)
	reps := jsonReports(t, out)
	require.Len(t, reps, 1)
	assert.Equal(t, evil, reps[0].File, "JSON keeps the exact name")
	assert.Contains(t, out, `\u001b[2J`)
}

// TestCLIWorstCases: the commands finish on 4 MB worst cases (1 MB under
// the race detector) within a generous deadline: a web page whose every
// word is a state's name in its own element (--input html), and fix
// --diff and fix on a release whose every sentence holds a slip.
func TestCLIWorstCases(t *testing.T) {
	longtest.Skip(t, "4 MB worst cases")
	page := repeatTo("<b>الصين</b> ", worstCaseBytes)
	slips := repeatTo(strings.ReplaceAll(string(exampleText(t)), "\n", " ")+"\n", worstCaseBytes)
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"check --input html", page, []string{"check", "--input", "html", "--format", "json", "-"}},
		{"fix --diff", slips, []string{"fix", "--diff", "-"}},
		{"fix", slips, []string{"fix", "-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var code int
			var out, errs bytes.Buffer
			within(t, generous, func() {
				code = run(tc.args, strings.NewReader(tc.stdin), &out, &errs)
			})
			assert.Contains(t, []int{exitOK, exitFindings}, code, errs.String())
			assert.NotZero(t, out.Len())
		})
	}
}

// TestDateFlag: --date judges officials on the day given, whatever the
// release's dateline says; a day that is not YYYY-MM-DD is a usage error.
func TestDateFlag(t *testing.T) {
	release := "القاهرة 3 مارس 2026 (أ ش أ) -- استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة وزير الخارجية الإماراتي أيمن الصفدي.\n"
	code, out, _ := runCLI(t, release, "check", "--format", "json", "-")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "الإماراتي")
	// Ayman Safadi became Jordan's foreign minister in 2017
	code, out, errs := runCLI(t, release, "check", "--date", "2010-03-03", "-")
	assert.Equal(t, exitOK, code, out+errs)
	for _, cmd := range []string{"check", "fix"} {
		for _, v := range []string{"2010", "3/3/2010", "2010-02-30", "tomorrow"} {
			code, _, errs := runCLI(t, release, cmd, "--date", v, "-")
			assert.Equal(t, exitUsage, code, "%s --date %s", cmd, v)
			assert.Contains(t, errs, "want a day as YYYY-MM-DD")
		}
	}
}
