package webtext

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtract(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"plain paragraphs", "<p>قال   وانغ</p><p>الجانب</p>", "قال وانغ\nالجانب"},
		{"entities decoded", "<p>A &amp; B &lt;x&gt; &#1575;&#x644; &nbsp;!</p>", "A & B <x> ال \u00a0!"},
		{"script and style skipped", "<p>أ<script>var s = '</p>';</script>ب<style>p{}</style>ج</p>", "أبج"},
		{"comments skipped", "<p>أ<!-- <p>hidden</p> -->ب</p>", "أب"},
		{"chrome elements skipped", "<nav>الأخبار أفغانستان</nav><p>نص</p><footer>حقوق</footer>", "نص"},
		{"article wins", "<div>قائمة</div><article><h1>عنوان</h1><p>نص</p></article><div>تعليق</div>", "عنوان\nنص"},
		{"quoted > in attributes", `<p title="a > b" data-x='<p>'>نص</p>`, "نص"},
		{"br breaks a line", "سطر<br>سطر<br/>ثالث", "سطر\nسطر\nثالث"},
		{"pre keeps spaces", "<pre>a  b\r\n c</pre>", "a  b\n c"},
		{"literal less-than", "<p>3 < 4 and a<b</p>", "3 < 4 and a"},
		{"doctype and head", "<!DOCTYPE html><html><head><title>عنوان الصفحة</title><meta charset=utf-8></head><body>نص</body></html>", "نص"},
		{"unterminated comment", "نص<!-- بقية", "نص"},
		{"unterminated tag", "نص<p class='x", "نص"},
		{"nested skip element", "<aside><aside>a</aside>b</aside><p>c</p>", "c"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract([]byte(c.page))
			assert.Equal(t, c.want, string(got.Text))
			checkMap(t, []byte(c.page), got)
		})
	}
}

// checkMap asserts the map's invariants: every text byte comes from inside
// the page, in page order, and a byte that is neither collapsed space, line
// break nor decoded reference is the very page byte it maps to.
func checkMap(t testing.TB, page []byte, x *Text) {
	t.Helper()
	require.Len(t, x.start, len(x.Text))
	require.Len(t, x.end, len(x.Text))
	prev := 0
	for i, c := range x.Text {
		s, e := x.start[i], x.end[i]
		require.True(t, 0 <= s && s < e && e <= len(page), "byte %d maps to [%d,%d) outside the page", i, s, e)
		require.GreaterOrEqual(t, s, prev, "byte %d maps backwards", i)
		prev = s
		if e-s == 1 && c != ' ' && c != '\n' {
			require.Equal(t, page[s], c, "byte %d", i)
		}
		if c == '<' {
			require.True(t, page[s] == '<' && e-s == 1 || page[s] == '&', "a '<' in the text must be a literal '<' or a reference")
		}
	}
}

func TestSourceSpan(t *testing.T) {
	page := []byte("<html><body><p>قال &quot;الجانب الأفغاني&quot; &amp; غيره</p></body></html>")
	x := Extract(page)
	require.Equal(t, "قال \"الجانب الأفغاني\" & غيره", string(x.Text))
	cases := []struct{ name, text, pageText string }{
		{"a word", "الأفغاني", "الأفغاني"},
		{"quoted", "\"الجانب", "&quot;الجانب"},
		{"an entity alone", "&", "&amp;"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			i := bytes.Index(x.Text, []byte(c.text))
			require.GreaterOrEqual(t, i, 0)
			s, e := x.SourceSpan(i, i+len(c.text))
			assert.Equal(t, c.pageText, string(page[s:e]))
		})
	}
	assert.Equal(t, 0, (&Text{}).Source(3))
	s, e := x.SourceSpan(-5, 1000)
	assert.Equal(t, "قال &quot;الجانب الأفغاني&quot; &amp; غيره", string(page[s:e]))
}

func TestChromeStart(t *testing.T) {
	cases := []struct {
		name, text, chrome string
	}{
		{"editor credit glued and comment widget", "… ذات الاهتمام المشترك .Editor/Bian Wenjun\nتعليق\nأكتب شيئا~", "Editor/Bian Wenjun\nتعليق\nأكتب شيئا~"},
		{"credit on its own line", "نص الخبر .\nالمحرر: فلان\n", "المحرر: فلان\n"},
		{"comment prompt only", "نص الخبر .\n\nتعليق\n", "تعليق\n"},
		{"no chrome", "نص الخبر . وقال إن الجانب الأذربيجاني يلتزم .\n", ""},
		{"editor in the middle is not chrome", "قال المحرر: نعم\nثم تابع الوزير حديثه .", ""},
		{"chrome never swallows everything", "تعليق\nأكتب شيئا~", ""},
		{"only trailing lines count", "تعليق\nنص الخبر .", ""},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := []byte(c.text)
			got := ChromeStart(text)
			require.True(t, 0 <= got && got <= len(text))
			assert.Equal(t, c.chrome, string(text[got:]))
		})
	}
}

func TestChromeStartExampleRelease(t *testing.T) {
	text, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	got := ChromeStart(text)
	assert.True(t, strings.HasPrefix(string(text[got:]), "Editor/"), "chrome: %q", text[got:])
	assert.True(t, strings.HasSuffix(strings.TrimSpace(string(text[:got])), "."), "the release's last sentence stays")
}

func TestLoadRulesErrors(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"unknown key", "max_trailing_lines: 3\nextra: 1\n", "extra"},
		{"bad pattern", "max_trailing_lines: 3\ntrailing_lines: ['(']\n", "trailing_lines[0]"},
		{"line end not anchored", "max_trailing_lines: 3\ntrailing_line_ends: ['x']\n", "must end with $"},
		{"no limit", "trailing_lines: [x]\n", "max_trailing_lines"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadRules(strings.NewReader(c.yaml), "test.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), "test.yaml")
			assert.Contains(t, err.Error(), c.want)
		})
	}
	_, err := DefaultRules()
	require.NoError(t, err, "the embedded chrome.yaml must load")
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<p>قال &amp; <b>الجانب</b></p><script>x</script>"))
	f.Add([]byte("<article><pre> a\r\n</pre></article><!--"))
	f.Add([]byte("<</ <! <? &#x; &#99999999; &amp"))
	f.Fuzz(func(t *testing.T, page []byte) {
		x := Extract(page)
		checkMap(t, page, x)
		if utf8.Valid(page) {
			require.True(t, utf8.Valid(x.Text), "valid UTF-8 in, valid UTF-8 out")
		}
		s, e := x.SourceSpan(0, len(x.Text))
		require.True(t, 0 <= s && s <= e && e <= len(page))
	})
}

// TestLastLineStart: the start of a text's last line, after a line feed
// or a carriage return, and 0 for a text of one line.
func TestLastLineStart(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 0}, {"سطر واحد", 0}, {"a\nb", 2}, {"a\r\nb", 3}, {"a\rb", 2}, {"a\n", 2}, {"\n", 1}, {"ا\nب\nج", 6},
	} {
		assert.Equal(t, tt.want, lastLineStart([]byte(tt.text)), "%q", tt.text)
	}
}

func FuzzChromeStart(f *testing.F) {
	f.Add([]byte("نص .Editor/X\nتعليق\nأكتب شيئا~"))
	f.Add([]byte("\n\r\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		require.Equal(t, bytes.LastIndexAny(text, "\n\r")+1, lastLineStart(text))
		got := ChromeStart(text)
		require.True(t, 0 <= got && got <= len(text))
		if got < len(text) {
			require.NotEmpty(t, bytes.TrimSpace(text[:got]), "chrome never swallows the whole text")
		}
	})
}

func ExampleExtract() {
	page := []byte(`<html><head><title>x</title></head><body>
<nav>الأخبار</nav>
<article><p>التقى وزير الخارجية &quot;وانغ يي&quot; نظيره الأذربيجاني.</p></article>
</body></html>`)
	x := Extract(page)
	fmt.Println(string(x.Text))
	i := bytes.Index(x.Text, []byte("الأذربيجاني"))
	s, e := x.SourceSpan(i, i+len("الأذربيجاني"))
	fmt.Println(s, e, string(page[s:e]))
	// Output:
	// التقى وزير الخارجية "وانغ يي" نظيره الأذربيجاني.
	// 154 176 الأذربيجاني
}

func ExampleChromeStart() {
	text := []byte("وتبادل الجانبان وجهات النظر .Editor/Bian Wenjun\nتعليق\nأكتب شيئا~")
	i := ChromeStart(text)
	fmt.Printf("%q\n", text[i:])
	// Output:
	// "Editor/Bian Wenjun\nتعليق\nأكتب شيئا~"
}
