package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewsroomSummary(t *testing.T) {
	var out strings.Builder
	n, err := run(&out, filepath.Join("..", "..", "testdata", "releases", "azerbaijan-2026-01-28.txt"))
	require.NoError(t, err)
	got := out.String()
	t.Log("\n" + got)
	require.Positive(t, n)
	assert.Contains(t, got, "host  CN الصين (China)")
	assert.Contains(t, got, "guest AZ أذربيجان (Azerbaijan)")
	assert.Contains(t, got, "«نظيره الأذربيجاني»")
	// Every finding is listed, numbered, with its line.
	assert.Contains(t, got, "finding(s)")
	assert.Equal(t, n, strings.Count(got, "    why: "))
	assert.Contains(t, got, "written:  «الأفغاني» in «")
	assert.Contains(t, got, "write:    «الأذربيجاني»")
	// A proclitic stays with its word in the context, outside the span.
	assert.Contains(t, got, "written:  «الدول العربية» in «هو أن الصين والدول العربية ينبغي أن")
	assert.Contains(t, got, "write:    «أذربيجان»")
	assert.Contains(t, got, "«بايراموف» (line 6)")
}

func TestNewsroomCleanRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "clean.txt")
	require.NoError(t, os.WriteFile(path, []byte(
		"أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n"+
			"وقال وانغ يي إن الصين تقدر دعم الجانب الأذربيجاني.\n"), 0o644))
	var out strings.Builder
	n, err := run(&out, path)
	require.NoError(t, err)
	assert.Zero(t, n, out.String())
	assert.Contains(t, out.String(), "nothing: the release names its parties consistently")
}

func TestNewsroomErrors(t *testing.T) {
	var out strings.Builder
	_, err := run(&out, filepath.Join(t.TempDir(), "missing.txt"))
	require.Error(t, err)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	_, err = run(&out, empty)
	require.ErrorContains(t, err, "empty.txt")
	assert.Empty(t, out.String())
}
