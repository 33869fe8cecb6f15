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
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir"
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
// but for "version" (first) and "file" (a request has no file name); in
// both languages, and with --input html / "input": "html".
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
		assert.Equal(t, want, string(got), "%s %s", c.input, c.lang)
	}
	cancel()
	assert.Equal(t, exitOK, <-code)
}

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
