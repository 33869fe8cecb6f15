package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHelpOnStdout: help asked for goes to stdout with exit 0; help shown
// because of a mistake goes to stderr with exit 2.
func TestHelpOnStdout(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"-h"}, {"--help"}, {"-help"}, {"help"},
		{"help", "check"}, {"check", "-h"}, {"check", "--help"}, {"check", exampleRelease, "--help"},
		{"fix", "-h"}, {"tag", "--help"}, {"normalize", "-h"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, exitOK, code, args)
		assert.Contains(t, out, "usage: nazir", args)
		assert.Empty(t, errOut, args)
	}
	for _, args := range [][]string{{}, {"bogus"}, {"check", "--bogus", exampleRelease}, {"tag"}, {"fix"}} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, exitUsage, code, args)
		assert.Empty(t, out, args)
		assert.Contains(t, errOut, "usage: nazir", args)
	}
}

func TestVersionFlag(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		code, out, _ := runCLI(t, "", args...)
		assert.Equal(t, exitOK, code, args)
		assert.Equal(t, "nazir "+nazir.Version+"\n", out, args)
	}
}

// TestCheckHelpListsExitCodes: check -h says what each exit code means.
func TestCheckHelpListsExitCodes(t *testing.T) {
	t.Parallel()
	_, out, _ := runCLI(t, "", "check", "-h")
	for _, want := range []string{"Exit codes", "0 ", "1 ", "2 "} {
		assert.Contains(t, out, want)
	}
}

// TestFlagsAfterFiles: flags after file names are flags; after -- they
// are files.
func TestFlagsAfterFiles(t *testing.T) {
	t.Parallel()
	code, out, errOut := runCLI(t, "", "check", exampleRelease, "--format", "json", "--fail-on=never")
	assert.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, "{"), "JSON output")
	assert.Len(t, jsonReports(t, out), 1)

	code, _, errOut = runCLI(t, "", "check", "--fail-on", "never", "--", exampleRelease, "--format")
	assert.Equal(t, exitUsage, code, "after --, --format is a file name")
	assert.Contains(t, errOut, "--format")

	code, out, _ = runCLI(t, "", "normalize", exampleRelease, "--show-map")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "word")
}

// TestLang: messages are Arabic by default and English with --lang en; an
// unknown language is a usage error.
func TestLang(t *testing.T) {
	t.Parallel()
	_, ar, _ := runCLI(t, "", "check", exampleRelease)
	assert.Contains(t, ar, "ورد ذكر جانب أفغانستان في موضعٍ يُقصد به أحد طرفي اللقاء؛ الطرف المقابل في هذا البيان: أذربيجان [country-conflict]")
	_, en, _ := runCLI(t, "", "check", "--lang", "en", exampleRelease)
	assert.Contains(t, en, "“the side” of Afghanistan is named where a party of this meeting is meant; the release's counterpart is Azerbaijan [country-conflict]")
	code, out, errOut := runCLI(t, "", "check", "--lang", "fr", exampleRelease)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "--lang fr: want ar or en")
}

// TestLangReports: the HTML page and the SARIF rules follow --lang (Arabic
// by default); the summary is English unless --lang is given.
func TestLangReports(t *testing.T) {
	t.Parallel()
	_, page, _ := runCLI(t, "", "check", "--format", "html", exampleRelease)
	assert.Contains(t, page, `<html lang="ar" dir="rtl">`)
	_, page, _ = runCLI(t, "", "check", "--format", "html", "--lang", "en", exampleRelease)
	assert.Contains(t, page, `<html lang="en" dir="ltr">`)
	assert.Contains(t, page, ">Participants</h3>")

	_, sarif, _ := runCLI(t, "", "check", "--format", "sarif", exampleRelease)
	assert.Contains(t, sarif, `"language": "ar"`)
	assert.Contains(t, sarif, "ورد اسم دولة أو تجمّع في موضعٍ يُقصد به أحد طرفي اللقاء.")
	_, sarif, _ = runCLI(t, "", "check", "--format", "sarif", "--lang", "en", exampleRelease)
	assert.Contains(t, sarif, `"language": "en"`)
	assert.Contains(t, sarif, "A country or group stands where a participant is meant.")

	_, _, summary := runCLI(t, "", "check", exampleRelease, exampleRelease)
	assert.Contains(t, summary, "files with findings")
	_, _, summary = runCLI(t, "", "check", "--lang", "ar", exampleRelease, exampleRelease)
	assert.Contains(t, summary, "ملفات فيها ملاحظات: 2")
	code, _, errOut := runCLI(t, "", "check", "--lang", "ar", "--format", "pdf", exampleRelease)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "صيغة غير معروفة")
}

// TestHTMLFolderOut: --format html on a folder needs --out DIR and writes
// an index and one page per file there; one file still goes to stdout.
func TestHTMLFolderOut(t *testing.T) {
	t.Parallel()
	src := corpus(t, 4)
	code, out, errOut := runCLI(t, "", "check", "--format", "html", src)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "give --out DIR")

	dir := filepath.Join(t.TempDir(), "report")
	code, out, errOut = runCLI(t, "", "check", "--format", "html", "--out", dir, src)
	assert.Equal(t, exitFindings, code, errOut)
	assert.Empty(t, out, "the report is in the folder")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 4+1, "a page per file and the index")
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), "أذربيجان", "the swapped states are named")
	for _, e := range entries {
		if e.Name() != "index.html" {
			assert.Contains(t, string(index), `href="`+e.Name()+`"`)
		}
	}

	code, _, errOut = runCLI(t, "", "check", "--format", "json", "--out", dir, src)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--out is for --format html")

	code, out, _ = runCLI(t, "", "check", "--format", "html", exampleRelease)
	assert.Equal(t, exitFindings, code)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
}
