package server

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/internal/longtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the screenshot of the page under docs/")

// screenshotPath is where -update keeps the page's screenshot with the
// example release checked.
const screenshotPath = "../docs/serve-page.png"

// findBrowser returns a Chromium binary, or "" when none is installed (as
// the HTML report's browser test finds it).
func findBrowser() string {
	if p := os.Getenv("NAZIR_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is headless Chromium driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: commands on fd 3, replies on fd 4, each
// message JSON ended by a NUL byte), so that the test needs nothing but
// the browser: no driver, no port.
type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	w       *os.File
	session string

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan cdpMessage
	events  chan cdpMessage
	closed  chan struct{}
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startBrowser starts Chromium with the flags that work on a closed
// machine (as report/browser_test.go does) and attaches to its page.
func startBrowser(t *testing.T, path string) *browser {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	cmdR, cmdW, err := os.Pipe() // we write commands, Chromium reads fd 3
	require.NoError(t, err)
	outR, outW, err := os.Pipe() // Chromium writes fd 4, we read
	require.NoError(t, err)
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1200,1600",
		"--remote-debugging-pipe", "--user-data-dir=" + t.TempDir(), "about:blank"}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	cmdR.Close()
	outW.Close()
	b := &browser{t: t, cmd: cmd, w: cmdW, waiting: map[int]chan cdpMessage{},
		events: make(chan cdpMessage, 256), closed: make(chan struct{})}
	go b.read(outR)
	t.Cleanup(func() {
		cmdW.Close()
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("chromium stderr:\n%.3000s", stderr.String())
		}
	})

	var targets struct {
		TargetInfos []struct {
			TargetID string `json:"targetId"`
			Type     string `json:"type"`
		} `json:"targetInfos"`
	}
	b.call("", "Target.getTargets", nil, &targets)
	id := ""
	for _, ti := range targets.TargetInfos {
		if ti.Type == "page" {
			id = ti.TargetID
		}
	}
	if id == "" {
		var created struct {
			TargetID string `json:"targetId"`
		}
		b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &created)
		id = created.TargetID
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	b.call("", "Target.attachToTarget", map[string]any{"targetId": id, "flatten": true}, &attached)
	b.session = attached.SessionID
	b.call(b.session, "Page.enable", nil, nil)
	b.call(b.session, "Runtime.enable", nil, nil)
	return b
}

// read dispatches the browser's messages: replies to their callers,
// events to the events channel.
func (b *browser) read(r *os.File) {
	defer close(b.closed)
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.waiting[m.ID]
			delete(b.waiting, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		select {
		case b.events <- m:
		default: // nobody waits for this many events
		}
	}
}

// call sends a command and decodes its result into out.
func (b *browser) call(session, method string, params any, out any) {
	b.t.Helper()
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpMessage, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	raw, err := json.Marshal(msg)
	require.NoError(b.t, err)
	_, err = b.w.Write(append(raw, 0))
	require.NoError(b.t, err, method)
	select {
	case m := <-ch:
		if m.Error != nil {
			b.t.Fatalf("%s: %s", method, m.Error.Message)
		}
		if out != nil {
			require.NoError(b.t, json.Unmarshal(m.Result, out), method)
		}
	case <-b.closed:
		b.t.Fatalf("%s: the browser closed the pipe", method)
	case <-time.After(time.Minute):
		b.t.Fatalf("%s: no reply in a minute", method)
	}
}

// drainEvents forgets the events received so far.
func (b *browser) drainEvents() {
	for {
		select {
		case <-b.events:
		default:
			return
		}
	}
}

// waitLoad waits for the page's next load event.
func (b *browser) waitLoad() {
	b.t.Helper()
	deadline := time.After(time.Minute)
	for {
		select {
		case m := <-b.events:
			if m.Method == "Page.loadEventFired" && m.SessionID == b.session {
				return
			}
		case <-deadline:
			b.t.Fatal("the page did not load in a minute")
		}
	}
}

func (b *browser) navigate(url string) {
	b.t.Helper()
	b.drainEvents()
	b.call(b.session, "Page.navigate", map[string]any{"url": url}, nil)
	b.waitLoad()
}

// eval evaluates a JavaScript expression in the page and decodes its
// value (JSON-serialisable) into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	b.call(b.session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if res.ExceptionDetails != nil {
		b.t.Fatalf("%s: %s %s", expr, res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	if out != nil {
		require.NoError(b.t, json.Unmarshal(res.Result.Value, out), "%s: %s", expr, res.Result.Value)
	}
}

// key presses and releases a key, as a keyboard does.
func (b *browser) key(name string) {
	b.t.Helper()
	k := map[string]struct {
		code string
		vk   int
		text string
	}{
		"Tab":   {"Tab", 9, ""},
		"Enter": {"Enter", 13, "\r"},
		" ":     {"Space", 32, " "},
	}[name]
	down := map[string]any{"type": "keyDown", "key": name, "code": k.code, "windowsVirtualKeyCode": k.vk, "nativeVirtualKeyCode": k.vk}
	if k.text != "" {
		down["text"] = k.text
	}
	b.call(b.session, "Input.dispatchKeyEvent", down, nil)
	b.call(b.session, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": name, "code": k.code, "windowsVirtualKeyCode": k.vk, "nativeVirtualKeyCode": k.vk}, nil)
}

// focused describes the focused element: its id, or its tag and type.
const focused = `(function () { var e = document.activeElement; return e.id || (e.tagName.toLowerCase() + (e.type ? ":" + e.type : "")); })()`

// TestBrowserPage drives the page in headless Chromium from the keyboard,
// as an editor would: Tab to the text box, paste the example release, Tab
// to the button and press Enter; every finding is highlighted; untick all
// corrections but one with the space bar, apply them with Enter; the
// corrected text is that one correction applied; the copy button is there.
// It does it twice: with the page's script and with scripts disabled (the
// page works without JavaScript). Every form control has a name.
func TestBrowserPage(t *testing.T) {
	path := findBrowser()
	if path == "" {
		t.Skip("no Chromium binary (chromium, chromium-browser, google-chrome, or $NAZIR_CHROMIUM): install Debian's chromium package (.ci/run does) to run the browser test")
	}
	longtest.Skip(t, "headless Chromium")
	s := newServer(t, Config{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	t.Run("with scripts", func(t *testing.T) { browsePage(t, path, ts.URL, true) })
	t.Run("without scripts", func(t *testing.T) { browsePage(t, path, ts.URL, false) })
}

// unlabelled lists the form controls a screen reader could not name: no
// label, no text, no aria-label.
const unlabelled = `Array.from(document.querySelectorAll("input:not([type=hidden]), textarea, button, select")).filter(function (e) {
	return !(e.labels && e.labels.length) && !e.textContent.trim() && !e.getAttribute("aria-label");
}).map(function (e) { return e.id || e.name || e.tagName; })`

// browsePage is TestBrowserPage's walk through the page, with the page's
// script running or not.
func browsePage(t *testing.T, path, url string, scripts bool) {
	text := readFile(t, exampleRelease)
	c, _ := checkers()
	rep, err := c.Check(text)
	require.NoError(t, err)

	b := startBrowser(t, path)
	if !scripts {
		b.call(b.session, "Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil)
	}
	b.navigate(url + "/")
	var nameless []string
	b.eval(unlabelled, &nameless)
	assert.Empty(t, nameless, "every control has a name")
	var attrs []string
	b.eval(`[document.documentElement.lang, document.documentElement.dir, document.title]`, &attrs)
	require.Equal(t, []string{"ar", "rtl", "نظير: تدقيق البيانات الصحفية"}, attrs)

	// The focus order from the top: the language link, the text box, the
	// file, the content kind, the button.
	var order []string
	for i := 0; i < 5; i++ {
		b.key("Tab")
		var f string
		b.eval(focused, &f)
		order = append(order, f)
	}
	require.Equal(t, []string{"a", "text", "file", "input:radio", "check"}, order)

	// Back to the text box (Tab goes round: five more from the button
	// would pass the page's end), paste, submit from the keyboard.
	b.eval(`document.getElementById("text").focus()`, nil)
	b.call(b.session, "Input.insertText", map[string]any{"text": string(text)}, nil)
	var pasted string
	b.eval(`document.getElementById("text").value`, &pasted)
	require.Equal(t, string(text), pasted)
	b.key("Tab")
	b.key("Tab")
	b.key("Tab")
	var f string
	b.eval(focused, &f)
	require.Equal(t, "check", f)
	b.drainEvents()
	b.key("Enter")
	b.waitLoad()

	// The report: every finding highlighted in the text, with its words.
	type mark struct {
		ID, Text, Background string
	}
	var marks []mark
	b.eval(`Array.from(document.querySelectorAll("mark.nz-f[id]")).map(function (m) {
		var t = ""; m.childNodes.forEach(function (n) { if (!(n.classList && n.classList.contains("nz-tip"))) t += n.textContent; });
		return {ID: m.id, Text: t, Background: getComputedStyle(m).backgroundColor};
	})`, &marks)
	require.Len(t, marks, len(rep.Findings), "every finding is highlighted")
	conflicts := 0
	for i, m := range marks {
		f := rep.Findings[i]
		assert.Equal(t, fmt.Sprintf("d1-f%d", i+1), m.ID)
		assert.Equal(t, f.Text, m.Text)
		assert.NotContains(t, []string{"", "rgba(0, 0, 0, 0)", "transparent"}, m.Background, "finding %d is coloured", i+1)
		if f.Kind == consistency.CountryConflict {
			conflicts++
		}
	}
	require.Positive(t, conflicts, "the example's conflicts are highlighted")
	b.eval(unlabelled, &nameless)
	assert.Empty(t, nameless, "every control of the result has a name")
	var summary string
	b.eval(`document.querySelector(".nz-result [role=status]").textContent`, &summary)
	assert.Equal(t, newUI(i18n.Arabic).findings(len(rep.Findings)), summary)

	// Keep the first correction only: untick the others with the space bar.
	var boxes []struct {
		ID      string
		Value   string
		Checked bool
	}
	b.eval(`Array.from(document.querySelectorAll("input[name=accept]")).map(function (c) { return {ID: c.id, Value: c.value, Checked: c.checked}; })`, &boxes)
	require.NotEmpty(t, boxes)
	for i, box := range boxes {
		require.True(t, box.Checked, "%s is ticked by default", box.ID)
		if i == 0 {
			continue
		}
		b.eval(`document.getElementById("`+box.ID+`").focus()`, nil)
		b.key(" ")
	}
	var ticked []bool
	b.eval(`Array.from(document.querySelectorAll("input[name=accept]")).map(function (c) { return c.checked; })`, &ticked)
	for i, on := range ticked {
		assert.Equal(t, i == 0, on, "box %d", i)
	}
	if *update && scripts {
		shot(t, b, screenshotPath)
	}
	b.eval(`document.getElementById("apply").focus()`, nil)
	b.drainEvents()
	b.key("Enter")
	b.waitLoad()

	var corrected string
	b.eval(`document.getElementById("corrected").value`, &corrected)
	first := -1
	for i := range rep.Findings {
		if acceptValue(i, &rep.Findings[i]) == boxes[0].Value {
			first = i
		}
	}
	require.GreaterOrEqual(t, first, 0)
	fx := rep.Findings[first]
	assert.Equal(t, string(text[:fx.Start])+*fx.Suggestion+string(text[fx.End:]), corrected, "the one accepted correction is applied")
	var status string
	b.eval(`document.querySelector(".nz-fixed [role=status]").textContent`, &status)
	assert.Equal(t, "طُبّق تصحيح واحد.", status)

	b.eval(unlabelled, &nameless)
	assert.Empty(t, nameless, "every control of the corrected text has a name")

	// The copy button, shown by the script, says what it did; without the
	// script it stays hidden (the text is selected and copied by hand).
	var hidden bool
	b.eval(`document.getElementById("copy").hidden`, &hidden)
	if !scripts {
		require.True(t, hidden, "no script, no copy button")
		return
	}
	require.False(t, hidden, "the script shows the copy button")
	b.eval(`document.getElementById("copy").focus()`, nil)
	b.key("Enter")
	var copied string
	require.Eventually(t, func() bool {
		b.eval(`document.getElementById("copy-status").textContent`, &copied)
		return copied != ""
	}, 10*time.Second, 50*time.Millisecond)
	assert.Contains(t, []string{"نُسخ النص.", "تعذّر النسخ: حدّد النص وانسخه بنفسك."}, copied)
}

// shot writes a PNG of the whole page.
func shot(t *testing.T, b *browser, path string) {
	var res struct {
		Data string `json:"data"`
	}
	b.call(b.session, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": false}, &res)
	png, err := base64.StdEncoding.DecodeString(res.Data)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(png), "\x89PNG"), "not a PNG")
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, png, 0o644))
}
