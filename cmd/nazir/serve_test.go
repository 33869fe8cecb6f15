package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeRuns: nazir serve listens, answers, and stops cleanly when its
// context ends (as on a signal).
func TestServeRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var errb bytes.Buffer
	ready := make(chan string, 1)
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, []string{"--addr", "127.0.0.1:0", "--max-checks", "1"}, io.Discard, &errb, ready)
	}()
	var addr string
	select {
	case addr = <-ready:
	case c := <-code:
		t.Fatalf("serve exited %d: %s", c, errb.String())
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(b), `"status":"ok"`)
	cancel()
	assert.Equal(t, exitOK, <-code)
	assert.Contains(t, errb.String(), "listening on http://"+addr+"/")
	assert.Contains(t, errb.String(), "nazir serve: stopped")
}

// TestServeMatchesCheck: /v1/check of nazir serve answers with the line
// `nazir check --format json` prints for the same text, byte for byte,
// but for "version" (first), "file" (a request has no file name) and each
// finding's "fingerprint" (last), which is the one `nazir check
// --write-baseline` records for it; in both languages, and with --input
// html / "input": "html".
func TestServeMatchesCheck(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb bytes.Buffer
	ready := make(chan string, 1)
	code := make(chan int, 1)
	go func() { code <- serve(ctx, []string{"--addr", "127.0.0.1:0"}, io.Discard, &errb, ready) }()
	var addr string
	select {
	case addr = <-ready:
	case c := <-code:
		t.Fatalf("serve exited %d: %s", c, errb.String())
	}
	text, err := os.ReadFile("../../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	page := "<html><body><article><p>" + strings.ReplaceAll(string(text), "\n", "</p><p>") + "</p></article></body></html>"
	for _, c := range []struct {
		input, lang, src string
	}{{"text", "ar", string(text)}, {"text", "en", string(text)}, {"html", "ar", page}} {
		var out, cerr bytes.Buffer
		runCheck([]string{"--format", "json", "--input", c.input, "--lang", c.lang, "-"}, strings.NewReader(c.src), &out, &cerr)
		want := strings.Replace(out.String(), `{"file":"-",`, `{"version":"`+nazir.Version+`",`, 1)
		require.NotEqual(t, out.String(), want, "the CLI's line starts with the file: %s", cerr.String())

		body, err := json.Marshal(map[string]any{"text": c.src, "options": map[string]string{"input": c.input, "language": c.lang}})
		require.NoError(t, err)
		resp, err := http.Post("http://"+addr+"/v1/check", "application/json", bytes.NewReader(body))
		require.NoError(t, err)
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.Equal(t, 200, resp.StatusCode, "%s", got)
		assert.Equal(t, want, fingerprintField.ReplaceAllString(string(got), ""), "%s %s", c.input, c.lang)

		// The fingerprints are the baseline's, finding for finding.
		var api fingerprinted
		require.NoError(t, json.Unmarshal(got, &api))
		require.NotEmpty(t, api.Findings)
		base := filepath.Join(t.TempDir(), "base.json")
		runCheck([]string{"--input", c.input, "--lang", c.lang, "--write-baseline", base, "-"}, strings.NewReader(c.src), io.Discard, io.Discard)
		b, err := os.ReadFile(base)
		require.NoError(t, err)
		var recorded fingerprinted
		require.NoError(t, json.Unmarshal(b, &recorded))
		assert.ElementsMatch(t, recorded.Findings, api.Findings, "%s %s", c.input, c.lang)
	}
	cancel()
	assert.Equal(t, exitOK, <-code)
}

// fingerprinted is what a report of /v1/check and a baseline file both
// say of each finding: its kind and fingerprint.
type fingerprinted struct {
	Findings []struct {
		Kind        string `json:"kind"`
		Fingerprint string `json:"fingerprint"`
	} `json:"findings"`
}

// fingerprintField matches a finding's "fingerprint" field in a JSON
// report of /v1/check.
var fingerprintField = regexp.MustCompile(`,"fingerprint":"[0-9a-f]{16}"`)

func TestServeUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--max-body", "0"}, "--max-body: want a positive value"},
		{[]string{"--max-checks", "-1"}, "--max-checks: want a positive value"},
		{[]string{"--read-timeout", "0s"}, "--read-timeout: want a positive value"},
		{[]string{"--min-confidence", "2"}, "--min-confidence 2: want a number from 0 to 1"},
		{[]string{"--gazetteer", "/nonexistent.yaml"}, "nonexistent.yaml"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"--allow-origin", "cms.example.org"}, "want an origin such as https://cms.example.org"},
		{[]string{"--addr", "256.0.0.1:99999"}, "nazir serve:"},
		{[]string{"--no-such-flag"}, "flag provided but not defined"},
	} {
		var errb bytes.Buffer
		code := serve(context.Background(), c.args, io.Discard, &errb, nil)
		assert.Equal(t, exitUsage, code, "%v", c.args)
		assert.Contains(t, errb.String(), c.says, "%v", c.args)
	}
	var out, errb bytes.Buffer
	assert.Equal(t, exitOK, serve(context.Background(), []string{"-h"}, &out, &errb, nil))
	assert.Contains(t, out.String(), "usage: nazir serve", "help on stdout")
	assert.Contains(t, out.String(), "Exit codes:")
	assert.Empty(t, errb.String())
	out.Reset()
	assert.Equal(t, exitOK, run([]string{"help", "serve"}, nil, &out, &errb))
	assert.Contains(t, out.String(), "-max-body bytes")
}

// TestServeSIGTERM: the process, sent SIGTERM with a request in flight,
// finishes that request, then exits 0.
func TestServeSIGTERM(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM")
	}
	cmd := nazirCmd("serve", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	require.True(t, lines.Scan(), "serve printed nothing")
	m := regexp.MustCompile(`listening on http://([^/]+)/`).FindStringSubmatch(lines.Text())
	require.NotNil(t, m, "%s", lines.Text())
	var rest strings.Builder
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		for lines.Scan() {
			rest.WriteString(lines.Text() + "\n")
		}
	}()

	text, err := os.ReadFile("../../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	jb, err := json.Marshal(map[string]string{"text": string(text)})
	require.NoError(t, err)
	body := string(jb)
	conn, err := net.Dial("tcp", m[1])
	require.NoError(t, err)
	defer conn.Close()
	_, err = fmt.Fprintf(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:100])
	require.NoError(t, err)
	time.Sleep(100 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	time.Sleep(100 * time.Millisecond)
	_, err = io.WriteString(conn, body[100:])
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	assert.Equal(t, 200, resp.StatusCode, "%s", b)
	assert.Contains(t, string(b), `"findings":[{`)
	<-drained // stderr is closed: the process has exited
	require.NoError(t, cmd.Wait(), "exit status after SIGTERM")
	assert.Contains(t, rest.String(), "nazir serve: stopped")
}

// startServe runs nazir serve with args on a free port and returns its
// address and a function that stops it and returns its exit code and
// stderr. When serve exits at once (a usage error), addr is "" and stop
// returns what it said.
func startServe(t *testing.T, args ...string) (addr string, stop func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var errb bytes.Buffer
	ready := make(chan string, 1)
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, append([]string{"--addr", "127.0.0.1:0", "--max-checks", "1"}, args...), io.Discard, &errb, ready)
	}()
	select {
	case addr = <-ready:
		t.Cleanup(cancel)
		return addr, func() (int, string) { cancel(); c := <-code; return c, errb.String() }
	case c := <-code:
		cancel()
		return "", func() (int, string) { return c, errb.String() }
	}
}

// postCheck sends text to /v1/check with the given
// options and returns the report.
func postCheck(t *testing.T, addr, text string, options map[string]any) consistency.Report {
	t.Helper()
	body, err := json.Marshal(map[string]any{"text": text, "options": options})
	require.NoError(t, err)
	resp, err := http.Post("http://"+addr+"/v1/check", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", b)
	var rep consistency.Report
	require.NoError(t, json.Unmarshal(b, &rep))
	return rep
}

// TestServeConfig: nazir serve reads the .nazir.yaml nearest to the
// current folder, or --config FILE, or none with --no-config, as check
// reads it for standard input: flags win over it, it wins over the
// defaults, a request's options win over both.
func TestServeConfig(t *testing.T) {
	ex := string(exampleText(t))
	const arabic, english = "الطرف المقابل في هذا البيان: أذربيجان", "the release's counterpart is Azerbaijan"
	files := map[string]string{
		"desk/.nazir.yaml": `lang: en
min-confidence: 0.92
fail-on: never
accept:
  - text: ألبانيا
  - text: الأفغاني
    files: "*.txt"
`,
		"desk/today/a.txt":  ex,
		"plain/a.txt":       ex,
		"other/.nazir.yaml": "lang: en\n",
		"wrong/.nazir.yaml": "lang: en\n  fail-on: [\n",
		"lang/.nazir.yaml":  "lang: fr\n",
		"gaz/.nazir.yaml":   "gazetteer: [missing.yaml]\n",
	}
	dir := tree(t, files)
	texts := func(rep consistency.Report) []string {
		var out []string
		for _, f := range rep.Findings {
			out = append(out, f.Text)
		}
		return out
	}
	for _, c := range []struct {
		name      string
		cwd       string
		args      []string
		options   map[string]any
		message   string // a finding's message contains it
		findings  int    // how many findings
		absent    string // no finding has this text
		present   string // a finding has this text
		settingOf string // stderr names this settings file
	}{
		{name: "no settings file: the defaults", cwd: "plain", message: arabic, findings: 10, present: "ألبانيا"},
		{name: "the folder's file", cwd: "desk", message: english, findings: 3, absent: "ألبانيا", present: "الأفغاني", settingOf: "desk/.nazir.yaml"},
		{name: "found upward", cwd: "desk/today", message: english, findings: 3, absent: "ألبانيا", settingOf: "desk/.nazir.yaml"},
		{name: "flags win over it", cwd: "desk", args: []string{"--lang", "ar", "--min-confidence", "0.5"}, message: arabic, findings: 9, absent: "ألبانيا", present: "الدول العربية", settingOf: "desk/.nazir.yaml"},
		{name: "a request's options win", cwd: "desk", options: map[string]any{"language": "ar"}, message: arabic, findings: 3, settingOf: "desk/.nazir.yaml"},
		{name: "--no-config", cwd: "desk", args: []string{"--no-config"}, message: arabic, findings: 10, present: "ألبانيا"},
		{name: "--config FILE", cwd: "plain", args: []string{"--config", filepath.Join(dir, "other/.nazir.yaml")}, message: english, findings: 10, settingOf: "other/.nazir.yaml"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Chdir(filepath.Join(dir, c.cwd))
			addr, stop := startServe(t, c.args...)
			if addr == "" {
				_, errOut := stop()
				t.Fatalf("serve did not start: %s", errOut)
			}
			rep := postCheck(t, addr, ex, c.options)
			assert.Len(t, rep.Findings, c.findings, "%q", texts(rep))
			for _, f := range rep.Findings {
				assert.NotEqual(t, c.absent, f.Text)
			}
			if c.present != "" {
				assert.Contains(t, texts(rep), c.present)
			}
			var msgs []string
			for _, f := range rep.Findings {
				msgs = append(msgs, f.Message)
			}
			assert.Contains(t, strings.Join(msgs, "\n"), c.message)
			code, errOut := stop()
			assert.Equal(t, exitOK, code)
			if c.settingOf != "" {
				assert.Contains(t, errOut, "settings from "+filepath.Join(dir, c.settingOf))
			} else {
				assert.NotContains(t, errOut, "settings from")
			}
		})
	}
	for _, c := range []struct {
		name, cwd string
		args      []string
		says      string
	}{
		{"bad YAML", "wrong", nil, filepath.Join(dir, "wrong/.nazir.yaml") + ":2: invalid YAML"},
		{"bad value", "lang", nil, filepath.Join(dir, "lang/.nazir.yaml") + `: lang "fr": want ar or en`},
		{"overlay missing", "gaz", nil, filepath.Join(dir, "gaz/.nazir.yaml") + ": "},
		{"--config missing", "plain", []string{"--config", "nowhere.yaml"}, "open nowhere.yaml: no such file"},
		{"--lang", "plain", []string{"--lang", "fr"}, "--lang fr: want ar or en"},
		{"--no-config skips a bad file", "wrong", []string{"--no-config"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Chdir(filepath.Join(dir, c.cwd))
			addr, stop := startServe(t, c.args...)
			code, errOut := stop()
			if c.says == "" {
				assert.NotEmpty(t, addr, "%s", errOut)
				assert.Equal(t, exitOK, code, "%s", errOut)
				return
			}
			assert.Empty(t, addr)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errOut, "nazir serve: "+c.says)
		})
	}
}
