package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tree writes files (path → content) under a new folder and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

func TestConfigFoundUpward(t *testing.T) {
	t.Parallel()
	ex := string(exampleText(t))
	dir := tree(t, map[string]string{
		"desk/.nazir.yaml":        "lang: en\nfail-on: never\n",
		"desk/2026/jan/a.txt":     ex,
		"other/b.txt":             ex,
		"desk/2026/.nazir.yaml/x": "", // a folder of that name is no config
	})
	code, out, errOut := runCLI(t, "", "check", filepath.Join(dir, "desk/2026/jan/a.txt"))
	assert.Equal(t, exitOK, code, "fail-on: never from desk/.nazir.yaml: %s", errOut)
	assert.Contains(t, out, "the release's counterpart is Azerbaijan", "lang: en")

	code, out, _ = runCLI(t, "", "check", filepath.Join(dir, "other/b.txt"))
	assert.Equal(t, exitFindings, code, "no config: the defaults")
	assert.Contains(t, out, "الطرف المقابل في هذا البيان: أذربيجان")

	// Both in one run: each file with its own settings.
	code, out, _ = runCLI(t, "", "check", filepath.Join(dir, "desk"), filepath.Join(dir, "other"))
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "the release's counterpart is Azerbaijan")
	assert.Contains(t, out, "الطرف المقابل في هذا البيان: أذربيجان")

	// Flags win over the config; --no-config and --config FILE replace it.
	code, out, _ = runCLI(t, "", "check", "--lang", "ar", "--fail-on", "warning", filepath.Join(dir, "desk/2026/jan/a.txt"))
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "أذربيجان [country-conflict]")
	code, _, _ = runCLI(t, "", "check", "--no-config", filepath.Join(dir, "desk/2026/jan/a.txt"))
	assert.Equal(t, exitFindings, code)
	code, _, _ = runCLI(t, "", "check", "--config", filepath.Join(dir, "desk/.nazir.yaml"), filepath.Join(dir, "other/b.txt"))
	assert.Equal(t, exitOK, code)
}

func TestConfigAccept(t *testing.T) {
	t.Parallel()
	ex := string(exampleText(t))
	dir := tree(t, map[string]string{
		".nazir.yaml": `accept:
  - kind: country-conflict
    text: الأفغاني
    reason: the text quotes a third party
  - text: الدول العربية
    files: "archive/*.txt"
`,
		"a.txt":         ex,
		"archive/b.txt": ex,
	})
	_, all, _ := runCLI(t, "", "check", "--no-config", "--format", "json", filepath.Join(dir, "a.txt"))
	n := len(jsonReports(t, all)[0].Findings)

	code, out, errOut := runCLI(t, "", "check", "--format", "json", filepath.Join(dir, "a.txt"), filepath.Join(dir, "archive/b.txt"))
	assert.Equal(t, exitFindings, code)
	reps := jsonReports(t, out)
	require.Len(t, reps, 2)
	for _, f := range reps[0].Findings {
		assert.NotEqual(t, "الأفغاني", f.Text, "accepted everywhere")
	}
	assert.Equal(t, n-2, len(reps[0].Findings), "the two Afghan sides are accepted")
	var arab int
	for _, f := range reps[1].Findings {
		assert.NotEqual(t, "الأفغاني", f.Text)
		if f.Text == "الدول العربية" || strings.HasSuffix(f.Text, "الدول العربية") {
			arab++
		}
	}
	assert.Zero(t, arab, "the Arab states are accepted in archive/ only")
	assert.Less(t, len(reps[1].Findings), len(reps[0].Findings))
	assert.Contains(t, errOut, "findings accepted (config)")
}

func TestConfigErrors(t *testing.T) {
	t.Parallel()
	ex := string(exampleText(t))
	for name, tc := range map[string]struct{ yaml, want string }{
		"syntax":        {"lang: en\n  fail-on: [\n", ".nazir.yaml:2: invalid YAML: mapping values are not allowed in this context"},
		"unknown key":   {"lang: en\ncolour: red\n", ".nazir.yaml:2: schema violation: field colour not found"},
		"duplicate key": {"lang: en\nlang: ar\n", `.nazir.yaml:2: schema violation: mapping key "lang" already defined at line 1`},
		"alias":         {"a: &x en\nlang: *x\n", ".nazir.yaml:1: schema violation: YAML anchors and aliases are not allowed"},
		"control":       {"lang: en\nfail-on: \x1b[2Jnever\n", ".nazir.yaml:2: invalid YAML: control character U+001B at column 10"},
		"lang":          {"lang: fr\n", `lang "fr": want ar or en`},
		"confidence":    {"min-confidence: 2\n", "min-confidence 2: want a number from 0 to 1"},
		"fail-on":       {"fail-on: always\n", `fail-on "always"`},
		"accept":        {"accept:\n  - kind: country-conflict\n", "accept[0]: give a fingerprint or a text"},
		"accept kind":   {"accept:\n  - text: x\n    kind: typo\n", `unknown kind "typo"`},
		"overlay":       {"gazetteer: [missing.yaml]\n", "missing.yaml"},
		"deep":          {"accept: " + strings.Repeat("[", 20) + strings.Repeat("]", 20) + "\n", ".nazir.yaml:1: input exceeds a limit: nesting deeper than 16 levels"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := tree(t, map[string]string{".nazir.yaml": tc.yaml, "a.txt": ex})
			code, out, errOut := runCLI(t, "", "check", filepath.Join(dir, "a.txt"))
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
			assert.Contains(t, errOut, ".nazir.yaml")
		})
	}
}

// TestConfigOverlayRelative: a gazetteer overlay named in a config is
// found relative to the config's folder, wherever nazir runs from.
func TestConfigOverlayRelative(t *testing.T) {
	t.Parallel()
	dir := tree(t, map[string]string{
		".nazir.yaml": "gazetteer: [data/people.yaml]\n",
		"data/people.yaml": `people:
  - id: jo-example-envoy
    en: Example Envoy
    country: JO
    office: ambassador
    names: [سامر الخطيب]
    given: [سامر]
    surname: [الخطيب]
`,
		"a.txt": string(exampleText(t)),
	})
	code, _, errOut := runCLI(t, "", "check", "--fail-on", "never", filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitOK, code, errOut)
}

func TestBaselineCLI(t *testing.T) {
	ex := exampleText(t)
	dir := tree(t, map[string]string{"releases/a.txt": string(ex), "releases/b.txt": string(ex)})
	base := filepath.Join(dir, "nazir-baseline.json")
	releases := filepath.Join(dir, "releases")

	code, out, errOut := runCLI(t, "", "check", releases, "--write-baseline", base)
	assert.Equal(t, exitOK, code, errOut)
	assert.NotEmpty(t, out, "the findings are still shown")
	data, err := os.ReadFile(base)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"file":"releases/a.txt"`, "paths relative to the baseline's folder")
	assert.Contains(t, errOut, "recorded in "+base)

	code, out, errOut = runCLI(t, "", "check", "--baseline", base, releases)
	assert.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, out, "[country-conflict]", "every finding is known")
	assert.Contains(t, out, "ok (participants: CN, AZ)")
	assert.Contains(t, errOut, "findings in the baseline")

	// A new slip and an unrelated paragraph in a.txt: only the slip shows.
	edited := append([]byte("فقرة جديدة لا علاقة لها بما سبق.\n\n"), ex...)
	edited = append(edited, "\nوأكد الجانب الألماني دعمه للتعاون.\n"...)
	require.NoError(t, os.WriteFile(filepath.Join(releases, "a.txt"), edited, 0o644))
	code, out, _ = runCLI(t, "", "check", "--baseline", base, "--format", "json", releases)
	assert.Equal(t, exitFindings, code)
	reps := jsonReports(t, out)
	require.Len(t, reps, 2)
	require.Len(t, reps[0].Findings, 1)
	assert.Equal(t, "الألماني", reps[0].Findings[0].Text)
	assert.Empty(t, reps[1].Findings)

	// From another working folder the keys still match.
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(releases))
	defer func() { require.NoError(t, os.Chdir(wd)) }()
	code, _, errOut = runCLI(t, "", "check", "--baseline", "../nazir-baseline.json", "b.txt")
	assert.Equal(t, exitOK, code, errOut)

	code, _, errOut = runCLI(t, "", "check", "--baseline", "missing.json", "b.txt")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "missing.json")
}

// TestFixFollowsConfig: fix reads the same .nazir.yaml as check: its
// accepted findings are left as written, its min-confidence applies.
func TestFixFollowsConfig(t *testing.T) {
	t.Parallel()
	ex := string(exampleText(t))
	dir := tree(t, map[string]string{
		".nazir.yaml": "accept:\n  - text: الأفغاني\n",
		"a.txt":       ex,
	})
	code, out, errOut := runCLI(t, "", "fix", filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "الجانب الأفغاني", "accepted: not fixed")
	assert.NotContains(t, out, "ألبانيا تلتزم", "the others are fixed")

	code, out, _ = runCLI(t, "", "fix", "--no-config", filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitOK, code)
	assert.NotContains(t, out, "الجانب الأفغاني")

	code, _, errOut = runCLI(t, "", "fix", "--lang", "ar", "--diff", "-w", filepath.Join(dir, "a.txt"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "لا يجتمع --diff و-w")
}
