package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunNormalize(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		wantOut   []string // substrings of stdout, in order
		wantErr   string   // substring of stderr
		wantNoMap bool
	}{
		{
			name: "stdin", args: []string{"-"}, stdin: "وزيرُ الخارجيّة ٢٠٢٦",
			wantCode: exitOK, wantOut: []string{"وزير الخارجيه 2026"}, wantNoMap: true,
		},
		{
			name: "show map", args: []string{"--show-map", "-"}, stdin: "قالَ ﻷ",
			wantCode: exitOK,
			wantOut: []string{"قال لا\n", "KIND", "word", "0-6", "0-8", `"قال"`, `"قالَ"`,
				"word", "7-11", "9-12", `"لا"`, `"ﻷ"`},
		},
		{
			name: "file", args: []string{filepath.Join("..", "..", "testdata", "releases", "azerbaijan-2026-01-28.txt")},
			wantCode: exitOK, wantOut: []string{"الاذربيجاني فلاديمير بيرموف"},
		},
		{
			name: "unreadable file", args: []string{"no/such/file.txt"},
			wantCode: exitUsage, wantErr: "no/such/file.txt",
		},
		{name: "no argument", args: nil, wantCode: exitUsage, wantErr: "usage"},
		{name: "two arguments", args: []string{"a", "b"}, wantCode: exitUsage, wantErr: "usage"},
		{name: "unknown flag", args: []string{"--nope", "-"}, wantCode: exitUsage, wantErr: "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runNormalize(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			require.Equal(t, tt.wantCode, code, "stderr: %s", stderr.String())
			out := stdout.String()
			for _, w := range tt.wantOut {
				i := strings.Index(out, w)
				require.GreaterOrEqual(t, i, 0, "stdout lacks %q:\n%s", w, out)
				out = out[i+len(w):]
			}
			if tt.wantNoMap {
				assert.NotContains(t, stdout.String(), "KIND")
			}
			assert.Contains(t, stderr.String(), tt.wantErr)
		})
	}
}
