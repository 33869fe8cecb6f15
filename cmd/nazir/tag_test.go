package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTagCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	release := write("release.txt", "التقى وزير خارجية الصين نظيره الأذربيجاني في بكين.\nوقال بالصين إن أذربيجان شريك.")
	overlay := write("overlay.yaml", "people:\n  - id: xx-test-person\n    country: AZ\n    office: foreign-minister\n    names: [فلان الفلاني]\n")
	badYAML := write("bad.yaml", "countries: [\n")
	badRef := write("badref.yaml", "people:\n  - id: p\n    country: QQ\n    names: [فلان الفلاني]\n")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantOut    []string
		wantErr    []string
		notWantOut []string
	}{
		{
			name:     "text from a file",
			args:     []string{release},
			wantCode: exitOK,
			wantOut: []string{
				release + ":1:19\t33-43\tname\tcountry\tCN\tالصين\tdefinite\n",
				"nisba\tcountry\tAZ\tالأذربيجاني\tdefinite masculine singular\n",
				"capital\tcountry\tCN\tبكين\n",
				release + ":2:7\t",
				"\tname\tcountry\tCN\tالصين\tprefix=ب definite\n",
			},
		},
		{
			name:     "standard input",
			args:     []string{"-"},
			stdin:    "زار فلان الفلاني أذربيجان",
			wantCode: exitOK,
			wantOut:  []string{"<stdin>:1:18\t", "\tname\tcountry\tAZ\tأذربيجان\n"},
		},
		{
			name:     "an overlay adds a person",
			args:     []string{"--gazetteer", overlay, "-"},
			stdin:    "زار فلان الفلاني أذربيجان",
			wantCode: exitOK,
			wantOut:  []string{"\tperson\tperson\txx-test-person\tفلان الفلاني\n", "\tAZ\tأذربيجان\n"},
		},
		{name: "unreadable input names the file", args: []string{filepath.Join(dir, "missing.txt")}, wantCode: exitUsage, wantErr: []string{"missing.txt"}},
		{name: "bad gazetteer names the file", args: []string{"--gazetteer", badYAML, release}, wantCode: exitUsage, wantErr: []string{badYAML, "invalid YAML"}},
		{name: "bad reference names file and line", args: []string{"--gazetteer", badRef, release}, wantCode: exitUsage, wantErr: []string{badRef + ":2:", `unknown country id "QQ"`}},
		{name: "no file", args: nil, wantCode: exitUsage, wantErr: []string{"usage: nazir tag"}},
		{name: "two files", args: []string{release, release}, wantCode: exitUsage, wantErr: []string{"usage: nazir tag"}},
		{name: "unknown format", args: []string{"--format", "xml", release}, wantCode: exitUsage, wantErr: []string{`unknown format "xml"`}},
		{name: "unknown flag", args: []string{"--colour", release}, wantCode: exitUsage, wantErr: []string{"flag provided but not defined"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"tag"}, tc.args...), strings.NewReader(tc.stdin), &stdout, &stderr)
			assert.Equal(t, tc.wantCode, code, "stderr: %s", stderr.String())
			for _, w := range tc.wantOut {
				assert.Contains(t, stdout.String(), w)
			}
			for _, w := range tc.wantErr {
				assert.Contains(t, stderr.String(), w)
			}
			if tc.wantCode != exitOK {
				assert.Empty(t, stdout.String())
			}
		})
	}
}

func TestTagCommandJSON(t *testing.T) {
	src := "وقال بالصين إن الجانب الأذربيجاني"
	var stdout, stderr bytes.Buffer
	code := run([]string{"tag", "--format", "json", "-"}, strings.NewReader(src), &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	var got struct {
		File     string `json:"file"`
		Mentions []struct {
			Start, End, Line, Column int
			Text, Entity, Kind, Form string
			Entities                 []string
			Prefix, Gender, Number   string
			Definite                 bool
		} `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &got))
	assert.Equal(t, "<stdin>", got.File)
	require.Len(t, got.Mentions, 2)
	m := got.Mentions[0]
	assert.Equal(t, "الصين", m.Text)
	assert.Equal(t, src[m.Start:m.End], m.Text)
	assert.Equal(t, "CN", m.Entity)
	assert.Equal(t, "name", m.Form)
	assert.Equal(t, "country", m.Kind)
	assert.Equal(t, "ب", m.Prefix)
	assert.Equal(t, 1, m.Line)
	assert.Equal(t, 7, m.Column)
	assert.True(t, m.Definite)
	n := got.Mentions[1]
	assert.Equal(t, "الأذربيجاني", n.Text)
	assert.Equal(t, []string{"AZ"}, n.Entities)
	assert.Equal(t, "nisba", n.Form)
	assert.Equal(t, "masculine", n.Gender)
	assert.Equal(t, "singular", n.Number)
}
