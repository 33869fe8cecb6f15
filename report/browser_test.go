package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/internal/longtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screenshotPath is where -update keeps the screenshot of the example
// release's report (shown in the README).
const screenshotPath = "../docs/example-report.png"

// findBrowser returns a Chromium binary, or "" when none is installed.
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

// headless runs the browser once; a browser that crashes (Chromium
// occasionally dies with SIGSEGV on a loaded machine) is tried again, up to
// three times, and the last error fails the test.
func headless(t *testing.T, browser string, args ...string) []byte {
	t.Helper()
	var lastErr error
	var lastLog string
	for attempt := 0; attempt < 3; attempt++ {
		out, log, err := runHeadless(t, browser, args...)
		if err == nil {
			return out
		}
		lastErr, lastLog = err, log
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Exited() {
			break // an error exit, not a crash: do not retry
		}
		t.Logf("%s crashed (%v), attempt %d; retrying", browser, err, attempt+1)
	}
	require.NoError(t, lastErr, "%s: %s", browser, lastLog)
	return nil
}

func runHeadless(t *testing.T, browser string, args ...string) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	return out.Bytes(), errb.String(), err
}

// domProbe runs in the browser on a copy of the report: for each finding it
// records what the reader sees (text, background, whether focusing it shows
// the suggestion) and whether focusing a name variant's spelling lights up
// the other spellings. It writes the result as JSON into the page.
const domProbe = `<script>
(function () {
  var out = [];
  var cs = function (el) { return getComputedStyle(el); };
  document.querySelectorAll("mark.nz-f[id]").forEach(function (el) {
    var tip = document.getElementById(el.id + "-tip");
    var before = tip ? cs(tip).display : "missing";
    el.focus();
    var r = {id: el.id, text: "", background: cs(el).backgroundColor, color: cs(el).color,
             tipHidden: before, tipOnFocus: tip ? cs(tip).display : "missing",
             focused: document.activeElement === el, linked: null};
    el.childNodes.forEach(function (n) { if (!(n.classList && n.classList.contains("nz-tip"))) r.text += n.textContent; });
    var cluster = Array.prototype.find.call(el.classList, function (c) { return /^nz-v\d+-\d+$/.test(c); });
    if (cluster) {
      r.linked = [];
      document.querySelectorAll("." + cluster).forEach(function (o) {
        if (o !== el) r.linked.push(cs(o).outlineStyle + " " + cs(o).backgroundColor);
      });
    }
    el.blur();
    out.push(r);
  });
  var pre = document.createElement("pre");
  pre.id = "nz-probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

// focusTaken says whether every probed element took focus and every linked
// spelling was lit.
func focusTaken(ps []probe) bool {
	for _, p := range ps {
		if !p.Focused {
			return false
		}
		for _, l := range p.Linked {
			if !strings.HasPrefix(l, "solid ") {
				return false
			}
		}
	}
	return true
}

type probe struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Background string   `json:"background"`
	TipHidden  string   `json:"tipHidden"`
	TipOnFocus string   `json:"tipOnFocus"`
	Focused    bool     `json:"focused"`
	Linked     []string `json:"linked"`
}

// TestBrowserRendersExampleReport renders the example release's report in
// headless Chromium: a screenshot, and through the DOM, every finding
// present, highlighted, and showing its suggestion on keyboard focus.
func TestBrowserRendersExampleReport(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium binary (chromium, chromium-browser, google-chrome, or $NAZIR_CHROMIUM): install Debian's chromium package (.ci/run does) to run the browser test")
	}
	longtest.Skip(t, "headless Chromium")
	text, err := os.ReadFile(exampleRelease)
	require.NoError(t, err)
	checker, err := nazir.NewChecker()
	require.NoError(t, err)
	rep, err := checker.Check(text)
	require.NoError(t, err)
	rep.File = filepath.Base(exampleRelease)
	require.NotEmpty(t, rep.Findings, "the example release has findings")
	var page bytes.Buffer
	require.NoError(t, HTML(&page, rep, text))

	dir := t.TempDir()
	reportPath := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(reportPath, page.Bytes(), 0o644))

	// Screenshot, with the suggestion of the first country conflict open as
	// focusing it would show it.
	open := 1
	for i, f := range rep.Findings {
		if f.Kind == "country-conflict" {
			open = i + 1
			break
		}
	}
	shown := strings.Replace(page.String(), "</head>", fmt.Sprintf("<style>#d1-f%d > .nz-tip { display: block; }</style>\n</head>", open), 1)
	shownPath := filepath.Join(dir, "shown.html")
	require.NoError(t, os.WriteFile(shownPath, []byte(shown), 0o644))
	shot := filepath.Join(dir, "report.png")
	headless(t, browser, "--screenshot="+shot, "--window-size=1200,1600", "file://"+shownPath)
	png, err := os.ReadFile(shot)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")), "not a PNG")
	require.Greater(t, len(png), 50_000, "a blank page compresses to far less")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(screenshotPath), 0o755))
		require.NoError(t, os.WriteFile(screenshotPath, png, 0o644))
	}

	// Printed to PDF.
	pdf := filepath.Join(dir, "report.pdf")
	headless(t, browser, "--print-to-pdf="+pdf, "--no-pdf-header-footer", "file://"+reportPath)
	doc, err := os.ReadFile(pdf)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(doc, []byte("%PDF-")), "not a PDF")
	require.Greater(t, len(doc), 10_000)

	// DOM.
	probed := strings.Replace(page.String(), "</body>", domProbe+"\n</body>", 1)
	probePath := filepath.Join(dir, "probe.html")
	require.NoError(t, os.WriteFile(probePath, []byte(probed), 0o644))
	// Focus styles depend on the page having input focus, which a loaded
	// machine sometimes gives the headless page late: a probe in which no
	// element took focus is run again (up to three times) before judging.
	var got []probe
	for attempt := 0; attempt < 3; attempt++ {
		dom := headless(t, browser, "--dump-dom", "file://"+probePath)
		m := regexp.MustCompile(`(?s)<pre id="nz-probe">(.*?)</pre>`).FindSubmatch(dom)
		require.NotNil(t, m, "the probe did not run; DOM:\n%.2000s", dom)
		got = nil
		require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &got))
		if focusTaken(got) {
			break
		}
		t.Logf("focus not taken in the headless page, attempt %d", attempt+1)
	}

	byID := map[string]probe{}
	for _, p := range got {
		byID[p.ID] = p
	}
	for i, f := range rep.Findings {
		id := fmt.Sprintf("d1-f%d", i+1)
		p, ok := byID[id]
		if !assert.True(t, ok, "finding %s (%s «%s») is not in the DOM", id, f.Kind, f.Text) {
			continue
		}
		assert.Equal(t, f.Text, p.Text, "finding %s highlights its text", id)
		assert.NotContains(t, []string{"", "rgba(0, 0, 0, 0)", "transparent"}, p.Background, "finding %s is highlighted", id)
		assert.Equal(t, "none", p.TipHidden, "finding %s: the suggestion is hidden until asked for", id)
		assert.True(t, p.Focused, "finding %s takes keyboard focus", id)
		assert.Equal(t, "block", p.TipOnFocus, "finding %s: focus shows the suggestion", id)
		if len(f.Mentions) > 1 {
			require.NotEmpty(t, p.Linked, "finding %s: the other spellings are linked", id)
			for _, l := range p.Linked {
				assert.True(t, strings.HasPrefix(l, "solid "), "finding %s: focusing it lights up the other spellings (%s)", id, l)
			}
		}
	}
}
