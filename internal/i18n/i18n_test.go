package i18n

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Lang
	}{
		{"", Arabic}, {"ar", Arabic}, {"AR", Arabic}, {"ar-EG", Arabic}, {"arabic", Arabic}, {"العربية", Arabic},
		{"en", English}, {"en-GB", English}, {"English", English},
	} {
		got, err := Parse(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	for _, bad := range []string{"fr", "de-DE", "x", "ar en", "!!"} {
		_, err := Parse(bad)
		assert.ErrorIs(t, err, ErrUnknownLang, bad)
		assert.Contains(t, err.Error(), bad)
	}
}

func TestLangStrings(t *testing.T) {
	assert.Equal(t, "ar", Arabic.String())
	assert.Equal(t, "en", English.String())
	assert.Equal(t, "rtl", Arabic.Dir())
	assert.Equal(t, "ltr", English.Dir())
	assert.Equal(t, Arabic, Lang(7).Printer().Lang(), "an unknown Lang prints Arabic")
	var zero Printer
	assert.Equal(t, "خطأ", zero.T("error"), "the zero Printer prints Arabic")
}

func TestPrinter(t *testing.T) {
	ar, en := Arabic.Printer(), English.Printer()
	key := "%s; the release's %s is %s"
	assert.Equal(t, "a; the release's b is c", en.T(key, "a", "b", "c"))
	assert.Equal(t, "a؛ b في هذا البيان: c", ar.T(key, "a", "b", "c"))
	// A key without an entry falls back to the English format.
	assert.Equal(t, "no entry 3", ar.T("no entry %d", 3))
	// Western digits in Arabic.
	assert.Equal(t, "«فلاديمير» ليس الاسم الأول للمسؤول جيهون بيراموف؛ الصواب: جيهون بيراموف",
		ar.T("%s is written with the given name “%s”; the gazetteer knows %s", "جيهون بيراموف", "فلاديمير", "جيهون بيراموف"))
	var b strings.Builder
	_, err := ar.Fprint(&b, "error")
	require.NoError(t, err)
	assert.Equal(t, "خطأ", b.String())
	assert.EqualError(t, ar.Error("warning"), "تنبيه")
	assert.Equal(t, "«أ»، «ب»", ar.List([]string{"أ", "ب"}))
	assert.Equal(t, "“a”, “b”", en.List([]string{"a", "b"}))
	assert.True(t, Has(Arabic, "error"))
	assert.False(t, Has(Arabic, "no entry %d"))
	assert.True(t, Has(English, "no entry %d"))
}

func TestArabicPlurals(t *testing.T) {
	ar, en := Arabic.Printer(), English.Printer()
	key := "%s is spelled %d ways: %s; use one spelling (%s)"
	for n, want := range map[int]string{
		2:   "كُتب اسم س بصيغتين: «أ»، «ب»؛ اعتمد صيغة واحدة (أ)",
		3:   "كُتب اسم س بـ3 صيغ: «أ»، «ب»؛ اعتمد صيغة واحدة (أ)",
		10:  "كُتب اسم س بـ10 صيغ: «أ»، «ب»؛ اعتمد صيغة واحدة (أ)",
		11:  "كُتب اسم س بـ11 صيغة: «أ»، «ب»؛ اعتمد صيغة واحدة (أ)",
		100: "كُتب اسم س بـ100 صيغة: «أ»، «ب»؛ اعتمد صيغة واحدة (أ)",
	} {
		assert.Equal(t, want, ar.T(key, "س", n, ar.List([]string{"أ", "ب"}), "أ"), n)
	}
	assert.Equal(t, "X is spelled 3 ways: a; use one spelling (a)", en.T(key, "X", 3, "a", "a"))
}

// verbs maps each argument index (1-based) a format uses to its verb.
func verbs(format string) (map[int]rune, error) {
	out := map[int]rune{}
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				return nil, errors.New("unclosed [")
			}
			n, err := strconv.Atoi(format[i+1 : i+j])
			if err != nil {
				return nil, err
			}
			arg = n
			i += j + 1
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			i++
		}
		if i >= len(format) {
			return nil, errors.New("verb missing at end")
		}
		if format[i] == '%' {
			continue
		}
		if v, ok := out[arg]; ok && v != rune(format[i]) {
			return nil, errors.New("argument used with two verbs")
		}
		out[arg] = rune(format[i])
		arg++
	}
	return out, nil
}

func TestVerbs(t *testing.T) {
	v, err := verbs("%s a %[3]d %% %[1]s %5.2f")
	require.NoError(t, err)
	assert.Equal(t, map[int]rune{1: 's', 3: 'd', 2: 'f'}, v)
	_, err = verbs("%[2")
	assert.Error(t, err)
	_, err = verbs("%s %[1]d")
	assert.Error(t, err)
}

// TestEntriesMatchKeys: every translation uses the key's arguments with
// the key's verbs, and no key is listed twice.
func TestEntriesMatchKeys(t *testing.T) {
	seen := map[string]bool{}
	check := func(key, text string) {
		t.Helper()
		kv, err := verbs(key)
		require.NoError(t, err, key)
		tv, err := verbs(text)
		require.NoError(t, err, text)
		assert.Equal(t, kv, tv, "verbs of %q and its translation %q", key, text)
		assert.NotEmpty(t, strings.TrimSpace(text), key)
	}
	for _, e := range arabic {
		assert.False(t, seen[e.key], "key listed twice: %q", e.key)
		seen[e.key] = true
		check(e.key, e.text)
	}
	for _, es := range [][]pluralEntry{arabicPlurals, englishPlurals} {
		for _, e := range es {
			require.Zero(t, len(e.cases)%2, e.key)
			for i := 1; i < len(e.cases); i += 2 {
				text, ok := e.cases[i].(string)
				require.True(t, ok, e.key)
				kv, _ := verbs(e.key)
				tv, err := verbs(text)
				require.NoError(t, err, text)
				// A plural case may spell the count out (بصيغتين):
				// every other argument must be there.
				for a, v := range kv {
					if a != e.arg {
						assert.Equal(t, v, tv[a], "argument %d of %q in %q", a, e.key, text)
					}
				}
			}
		}
	}
	for _, e := range arabicPlurals {
		assert.False(t, seen[e.key], "key listed twice: %q", e.key)
		seen[e.key] = true
	}
}

// TestLiteralKeysHaveArabic: every string literal the module's code passes
// as a key to a Printer's T, Error, Word or Fprint (or to the CLI's
// usageErr, fixErr and row, which pass it on) has an Arabic entry.
func TestLiteralKeysHaveArabic(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	keys := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "bench") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			at := -1
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if id, ok := fn.X.(*ast.Ident); ok && (id.Name == "fmt" || id.Name == "errors") {
					return true
				}
				switch fn.Sel.Name {
				case "T", "Error", "Word":
					at = 0
				case "Fprint":
					at = 1
				}
			case *ast.Ident:
				// Helpers that pass their first argument to T.
				if fn.Name == "usageErr" || fn.Name == "row" || fn.Name == "fixErr" {
					at = 0
				}
			}
			if at < 0 || len(call.Args) <= at {
				return true
			}
			lit, ok := call.Args[at].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			keys++
			assert.True(t, Has(Arabic, key), "%s: key %q has no Arabic entry (internal/i18n/ar.go)", fset.Position(lit.Pos()), key)
			return true
		})
		return nil
	})
	require.NoError(t, err)
	t.Logf("%d literal keys checked", keys)
}

// BenchmarkT formats a finding message in Arabic, as the checker does for
// every finding.
func BenchmarkT(b *testing.B) {
	p := Arabic.Printer()
	b.ReportAllocs()
	for b.Loop() {
		_ = p.T("%s; the release's %s is %s", p.T("“the side” of %s is named where a party of this meeting is meant", "أفغانستان"), p.T("counterpart"), "أذربيجان")
	}
}

// BenchmarkTCatalog is the same through x/text's printer alone, for
// comparison.
func BenchmarkTCatalog(b *testing.B) {
	p := Arabic.Printer().mp()
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Sprintf("%s; the release's %s is %s", p.Sprintf("“the side” of %s is named where a party of this meeting is meant", "أفغانستان"), p.Sprintf("counterpart"), "أذربيجان")
	}
}
