package report

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func loadSchema(t testing.TB) *schemaValidator {
	t.Helper()
	data, err := os.ReadFile("testdata/sarif-schema-2.1.0-rtm.5.json")
	require.NoError(t, err)
	var root map[string]any
	require.NoError(t, json.Unmarshal(data, &root))
	return &schemaValidator{root: root}
}

func sarifOf(t testing.TB, docs ...Document) ([]byte, map[string]any) {
	t.Helper()
	l := NewSARIFLog("0.0.0-test")
	for _, d := range docs {
		l.Add(d.Report, d.Text)
	}
	var b bytes.Buffer
	require.NoError(t, l.Write(&b))
	var v map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &v), "SARIF is not JSON")
	return b.Bytes(), v
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	schema := loadSchema(t)
	cases := []struct {
		name string
		docs []Document
	}{
		{"example release", []Document{fixture(t)}},
		{"hostile release", []Document{hostile()}},
		{"two files", []Document{fixture(t), hostile()}},
		{"no findings", []Document{{Report: &finding.Report{File: "ok.txt"}, Text: []byte("نص")}}},
		{"unknown kind", []Document{{Report: &finding.Report{File: "/abs/x y.txt", Findings: []finding.Finding{
			{Kind: "new-kind", Severity: "odd", Start: 0, End: 2, Message: "m"}}}, Text: []byte("نص")}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, doc := sarifOf(t, c.docs...)
			assert.Empty(t, schema.validate(schema.root, doc, "$"))
		})
	}
}

func TestSchemaValidatorRejects(t *testing.T) {
	schema := loadSchema(t)
	cases := []struct{ name, doc string }{
		{"wrong version", `{"version":"2.0.0","runs":[]}`},
		{"missing runs", `{"version":"2.1.0"}`},
		{"unknown property", `{"version":"2.1.0","runs":[],"extra":1}`},
		{"negative line", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`},
		{"bad level", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}`},
		{"empty replacements", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"fixes":[{"artifactChanges":[{"artifactLocation":{"uri":"a"},"replacements":[]}]}]}]}]}`},
		{"bad column kind", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"columnKind":"bytes"}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var doc any
			require.NoError(t, json.Unmarshal([]byte(c.doc), &doc))
			assert.NotEmpty(t, schema.validate(schema.root, doc, "$"))
		})
	}
}

func TestSARIFGolden(t *testing.T) {
	out, _ := sarifOf(t, fixture(t))
	golden(t, "sarif-1.golden.json", out)
}

// TestSARIFRegions checks what the schema cannot: that the offsets name the
// finding's text in the declared units, that rule indexes and artifact
// indexes point where they should, and that each fix replaces the finding.
func TestSARIFRegions(t *testing.T) {
	for _, d := range []Document{fixture(t), hostile()} {
		_, doc := sarifOf(t, d)
		run := doc["runs"].([]any)[0].(map[string]any)
		assert.Equal(t, "unicodeCodePoints", run["columnKind"])
		rules := run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)
		results := run["results"].([]any)
		require.Len(t, results, len(d.Report.Findings))
		runes := []rune(shownRunes(d.Text))
		for i, r := range results {
			res := r.(map[string]any)
			f := d.Report.Findings[i]
			ri := int(res["ruleIndex"].(float64))
			assert.Equal(t, res["ruleId"], rules[ri].(map[string]any)["id"])
			assert.Equal(t, string(f.Kind), res["ruleId"])
			loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
			assert.EqualValues(t, 0, loc["artifactLocation"].(map[string]any)["index"])
			reg := loc["region"].(map[string]any)
			co, cl := int(reg["charOffset"].(float64)), int(reg["charLength"].(float64))
			assert.Equal(t, string(d.Text[f.Start:f.End]), string(runes[co:co+cl]), "charOffset/charLength in code points")
			assert.EqualValues(t, f.Start, reg["byteOffset"])
			assert.EqualValues(t, f.End-f.Start, reg["byteLength"])
			assert.EqualValues(t, f.Line, reg["startLine"])
			assert.EqualValues(t, f.Column, reg["startColumn"])
			if f.Suggestion != nil {
				rep := res["fixes"].([]any)[0].(map[string]any)["artifactChanges"].([]any)[0].(map[string]any)["replacements"].([]any)[0].(map[string]any)
				assert.Equal(t, *f.Suggestion, rep["insertedContent"].(map[string]any)["text"])
				assert.EqualValues(t, co, rep["deletedRegion"].(map[string]any)["charOffset"])
			} else {
				assert.NotContains(t, res, "fixes")
			}
		}
	}
}

// shownRunes decodes text one code point (or invalid byte) at a time.
func shownRunes(text []byte) string {
	var rs []rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		rs = append(rs, r)
		i += size
	}
	return string(rs)
}

func TestSARIFAstralColumns(t *testing.T) {
	// U+1F600 is one code point but two UTF-16 code units: the columns
	// must count it once, as columnKind says.
	text := []byte("😀 الجانب الأفغاني")
	s := bytes.Index(text, []byte("الأفغاني"))
	rep := &finding.Report{File: "e.txt", Findings: []finding.Finding{{Kind: finding.CountryConflict, Severity: finding.SeverityError, Start: s, End: len(text), Message: "m"}}}
	_, doc := sarifOf(t, Document{Report: rep, Text: text})
	reg := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
	assert.EqualValues(t, 9, reg["charOffset"])
	assert.EqualValues(t, 10, reg["startColumn"])
	assert.NotEqual(t, len(utf16.Encode([]rune("😀 الجانب "))), 9, "the example must tell the units apart")
}

func FuzzSARIF(f *testing.F) {
	f.Add([]byte("قال الجانب\r\nالأفغاني \xff"), 3, 9)
	f.Add([]byte("a\rb\nc"), 0, 5)
	f.Fuzz(func(t *testing.T, text []byte, s, e int) {
		sugg := string(text)
		rep := &finding.Report{File: string(text), Findings: []finding.Finding{
			{Kind: finding.Kind(text), Severity: finding.SeverityError, Start: s, End: e, Text: string(text), Message: string(text), Suggestion: &sugg,
				Evidence: []finding.Span{{Start: e, End: s, Text: string(text)}}},
		}}
		out, doc := sarifOf(t, Document{Report: rep, Text: text})
		require.True(t, utf8.Valid(out), "SARIF is not valid UTF-8")
		res := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
		loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		reg, has := loc["region"].(map[string]any)
		if s < 0 || e < s || e > len(text) {
			require.False(t, has, "a span outside the text has no region")
			return
		}
		require.True(t, has)
		runes := []rune(shownRunes(text))
		co, cl := int(reg["charOffset"].(float64)), int(reg["charLength"].(float64))
		require.LessOrEqual(t, co+cl, len(runes), "region inside the input")
		require.GreaterOrEqual(t, reg["startLine"].(float64), 1.0)
		require.GreaterOrEqual(t, reg["endLine"].(float64), reg["startLine"].(float64))
	})
}
