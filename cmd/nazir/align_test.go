package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAlignCommand(t *testing.T) {
	in := `{"id":"1","src":"Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart.","tgt":"التقى وزير الخارجية الصيني وانغ يي نظيره الأفغاني.","src_lang":"en"}
{"id":"2","src":"Russia and China agreed.","tgt":"اتفقت روسيا والصين.","src_lang":"en"}
`
	var out, errb bytes.Buffer
	code := run([]string{"align", "-"}, strings.NewReader(in), &out, &errb)
	assert.Equal(t, exitFindings, code, errb.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2)
	var r struct {
		ID       string `json:"id"`
		Findings []struct {
			Kind       string `json:"kind"`
			Suggestion string `json:"suggestion"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &r))
	require.Len(t, r.Findings, 1)
	assert.Equal(t, "wrong-entity", r.Findings[0].Kind)
	assert.Equal(t, "الأذربيجاني", r.Findings[0].Suggestion)
	assert.JSONEq(t, `{"id":"2","findings":[]}`, lines[1])

	out.Reset()
	code = run([]string{"align", "--format", "sarif", "-"}, strings.NewReader(in), &out, &errb)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out.String(), `"ruleId": "wrong-entity"`)

	// Clean input: exit 0; a bad record: exit 2 with file and line.
	out.Reset()
	assert.Equal(t, exitOK, run([]string{"align", "-"}, strings.NewReader(strings.SplitAfter(in, "\n")[1]), &out, &errb))
	errb.Reset()
	assert.Equal(t, exitUsage, run([]string{"align", "-"}, strings.NewReader("{\"src\":1}\n"), &out, &errb))
	assert.Contains(t, errb.String(), "<stdin>:1:")
	errb.Reset()
	assert.Equal(t, exitUsage, run([]string{"align", "--format", "html", "-"}, strings.NewReader(in), &out, &errb))

	// XLIFF in, XLIFF out: the annotated file of the align package's tests.
	out.Reset()
	errb.Reset()
	code = run([]string{"align", "--format", "xliff", "../../align/testdata/xliff/readout-2.1.xlf"}, nil, &out, &errb)
	assert.Equal(t, exitFindings, code, errb.String())
	want, err := os.ReadFile("../../align/testdata/xliff/readout-2.1.annotated.xlf")
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())
	errb.Reset()
	assert.Equal(t, exitUsage, run([]string{"align", "--format", "xliff", "-"}, strings.NewReader(in), &out, &errb))
	assert.Contains(t, errb.String(), "needs an XLIFF input")
}
