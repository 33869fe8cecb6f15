package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/stretchr/testify/require"
)

// stdJSON is the reference: encoding/json's Encoder with HTML escaping off.
func stdJSON(t testing.TB, rep *finding.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(rep))
	return b.Bytes()
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	full := hostile().Report
	weird := "a\x00b\x1f\b\f\n\r\t\"\\<>&\u2028\u2029\u00e9\x7f \xe2\x80 \xe2\x80\xa8\xff\xfe end"
	tests := []struct {
		name string
		rep  *finding.Report
	}{
		{"nil", nil},
		{"zero value: nil slices are null", &finding.Report{}},
		{"empty slices are []", &finding.Report{Participants: []finding.Participant{}, Scopes: []finding.Scope{}, Mentions: finding.MentionsOf([]finding.Mention{}), Findings: []finding.Finding{}}},
		{"fixture", fixture(t).Report},
		{"hostile", full},
		{"every field, odd strings and numbers", &finding.Report{
			File: weird,
			Participants: []finding.Participant{
				{ID: weird, Name: weird, English: weird, Kind: "country", Role: "host", Score: 1e-7, Evidence: []finding.Span{{Start: 1, End: 2, Text: weird, Note: weird}}},
				{ID: "X", Score: 1e21, Evidence: []finding.Span{}},
				{ID: "Y", Score: -0.1 + 0.2, Evidence: nil},
				{ID: "Z", Score: 123456789.125},
				{ID: "W", Score: math.Copysign(0, -1)},
				{ID: "V", Score: 5e-324},
			},
			Scopes: []finding.Scope{
				{Start: -1, End: math.MaxInt, Participants: nil, Kind: weird},
				{Participants: []string{}, Evidence: []finding.Span{}},
				{Participants: []string{"A", weird}},
			},
			Mentions: finding.MentionsOf([]finding.Mention{
				{Text: weird, Entity: weird, Entities: []string{"A", "B"}, Kind: weird, Form: weird, Role: weird},
				{Entities: []string{}},
			}),
			Findings: []finding.Finding{
				{Kind: finding.Kind(weird), Severity: finding.Severity(weird), Confidence: 0.95,
					Start: 3, End: 4, Line: 5, Column: 6, Text: weird, Entity: weird, Expected: weird,
					Suggestion: ptr(weird), Canonical: weird, Message: weird, Rule: weird,
					Evidence: []finding.Span{{Text: weird}}, Mentions: []finding.Span{{Note: "n"}}},
				{Suggestion: ptr(""), Evidence: []finding.Span{}, Mentions: []finding.Span{}},
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := appendJSON([]byte("prefix"), tt.rep)
			require.NoError(t, err)
			require.Equal(t, "prefix"+string(stdJSON(t, tt.rep)), string(got))
			var w bytes.Buffer
			require.NoError(t, JSON(&w, tt.rep))
			require.Equal(t, string(stdJSON(t, tt.rep)), w.String())
		})
	}
}

// fingerprinted is a report whose findings carry a fingerprint: what
// encoding/json writes for it is AppendJSON's reference.
type fingerprinted struct {
	File         string                 `json:"file,omitempty"`
	Participants []finding.Participant  `json:"participants"`
	Scopes       []finding.Scope        `json:"scopes"`
	Mentions     []finding.Mention      `json:"mentions"`
	Findings     []fingerprintedFinding `json:"findings"`
}

type fingerprintedFinding struct {
	finding.Finding
	Fingerprint string `json:"fingerprint"`
}

// TestAppendJSONFingerprints: with fingerprints, each finding's object
// ends with its "fingerprint", the rest as JSON writes it; without, the
// line is JSON's; fingerprints that do not match the findings are an
// error.
func TestAppendJSONFingerprints(t *testing.T) {
	for _, rep := range []*finding.Report{fixture(t).Report, hostile().Report, {Findings: []finding.Finding{}}} {
		fps := make([]string, len(rep.Findings))
		want := fingerprinted{File: rep.File, Participants: rep.Participants, Scopes: rep.Scopes, Mentions: rep.Mentions.Slice(),
			Findings: make([]fingerprintedFinding, len(rep.Findings))}
		for i, f := range rep.Findings {
			fps[i] = fmt.Sprintf("%016x\u2028\"", i*7919)
			want.Findings[i] = fingerprintedFinding{Finding: f, Fingerprint: fps[i]}
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(want))
		got, err := AppendJSON([]byte("prefix"), rep, fps)
		require.NoError(t, err)
		require.Equal(t, "prefix"+b.String(), string(got))

		plain, err := AppendJSON(nil, rep, nil)
		require.NoError(t, err)
		require.Equal(t, string(stdJSON(t, rep)), string(plain), "no fingerprints: JSON's line")
	}
	rep := fixture(t).Report
	require.NotEmpty(t, rep.Findings)
	for _, fps := range [][]string{{}, make([]string, len(rep.Findings)+1)} {
		_, err := AppendJSON(nil, rep, fps)
		require.ErrorContains(t, err, "fingerprints for")
	}
	_, err := AppendJSON(nil, &finding.Report{Findings: []finding.Finding{{Confidence: math.NaN()}}}, []string{"x"})
	require.Error(t, err)
}

func TestAppendJSONUnsupportedFloat(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, stdErr := json.Marshal(&finding.Report{Participants: []finding.Participant{{Score: f}}})
		require.Error(t, stdErr)
		_, err := appendJSON(nil, &finding.Report{Participants: []finding.Participant{{Score: f}}})
		require.Error(t, err)
		_, err = appendJSON(nil, &finding.Report{Findings: []finding.Finding{{Confidence: f}}})
		require.Error(t, err)
	}
}

// TestAppendJSONKnowsEveryField fails when a field is added to, removed
// from or retagged in finding's report types: AppendJSON writes them
// by hand and must then be taught the change.
func TestAppendJSONKnowsEveryField(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeFor[finding.Report](): {
			"File string file,omitempty", "Participants []finding.Participant participants",
			"Scopes []finding.Scope scopes", "Mentions finding.MentionList mentions",
			"Findings []finding.Finding findings"},
		reflect.TypeFor[finding.Participant](): {
			"ID string id", "Name string name", "English string en,omitempty", "Kind string kind,omitempty",
			"Role string role,omitempty", "Score float64 score", "Evidence []finding.Span evidence"},
		reflect.TypeFor[finding.Scope](): {
			"Start int start", "End int end", "Participants []string participants", "Kind string kind",
			"Evidence []finding.Span evidence"},
		reflect.TypeFor[finding.Mention](): {
			"Start int start", "End int end", "Text string text", "Entity string entity",
			"Entities []string entities,omitempty", "Kind string kind", "Form string form", "Role string role"},
		reflect.TypeFor[finding.Finding](): {
			"Kind finding.Kind kind", "Severity finding.Severity severity",
			"Confidence float64 confidence", "Start int start", "End int end", "Line int line",
			"Column int column", "Text string text", "Entity string entity,omitempty",
			"Expected string expected,omitempty", "Suggestion *string suggestion,omitempty",
			"Canonical string canonical,omitempty", "Message string message", "Args []interface {} -",
			"Rule string rule,omitempty",
			"Evidence []finding.Span evidence,omitempty", "Mentions []finding.Span mentions,omitempty"},
		reflect.TypeFor[finding.Span](): {
			"Start int start", "End int end", "Text string text", "Note string note,omitempty"},
	}
	for typ, want := range known {
		var got []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			got = append(got, f.Name+" "+f.Type.String()+" "+f.Tag.Get("json"))
		}
		require.Equal(t, want, got, "%s changed: teach report.AppendJSON the change", typ)
	}
	for _, k := range []reflect.Kind{reflect.TypeFor[finding.Kind]().Kind(), reflect.TypeFor[finding.Severity]().Kind()} {
		require.Equal(t, reflect.String, k)
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[finding.Kind](), reflect.TypeFor[finding.Severity]()} {
		require.False(t, typ.Implements(reflect.TypeFor[json.Marshaler]()), typ)
		require.False(t, reflect.PointerTo(typ).Implements(reflect.TypeFor[json.Marshaler]()), typ)
	}
	for typ := range known {
		require.False(t, reflect.PointerTo(typ).Implements(reflect.TypeFor[json.Marshaler]()), typ)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("الجانب الأفغاني", "\u2028\xff\x00", 0.5)
	f.Add("<b>&amp;</b>", "\xe2\x80\xa9", 1e-9)
	f.Fuzz(func(t *testing.T, a, b string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		rep := &finding.Report{
			File:         a,
			Participants: []finding.Participant{{ID: a, Name: b, Score: x, Evidence: []finding.Span{{Text: b, Note: a}}}},
			Mentions:     finding.MentionsOf([]finding.Mention{{Text: a + b, Entities: []string{b}}}),
			Findings:     []finding.Finding{{Confidence: x, Text: b, Message: a, Suggestion: &b}},
		}
		got, err := appendJSON(nil, rep)
		require.NoError(t, err)
		require.Equal(t, string(stdJSON(t, rep)), string(got))
	})
}

func BenchmarkJSON(b *testing.B) {
	rep := fixture(b).Report
	out := stdJSON(b, rep)
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := appendJSON(make([]byte, 0, len(out)), rep); err != nil {
			b.Fatal(err)
		}
	}
}
