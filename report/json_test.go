package report

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/stretchr/testify/require"
)

// stdJSON is the reference: encoding/json's Encoder with HTML escaping off.
func stdJSON(t testing.TB, rep *consistency.Report) []byte {
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
		rep  *consistency.Report
	}{
		{"nil", nil},
		{"zero value: nil slices are null", &consistency.Report{}},
		{"empty slices are []", &consistency.Report{Participants: []consistency.Participant{}, Scopes: []consistency.Scope{}, Mentions: []consistency.Mention{}, Findings: []consistency.Finding{}}},
		{"fixture", fixture(t).Report},
		{"hostile", full},
		{"every field, odd strings and numbers", &consistency.Report{
			File: weird,
			Participants: []consistency.Participant{
				{ID: weird, Name: weird, English: weird, Kind: "country", Role: "host", Score: 1e-7, Evidence: []consistency.Span{{Start: 1, End: 2, Text: weird, Note: weird}}},
				{ID: "X", Score: 1e21, Evidence: []consistency.Span{}},
				{ID: "Y", Score: -0.1 + 0.2, Evidence: nil},
				{ID: "Z", Score: 123456789.125},
				{ID: "W", Score: math.Copysign(0, -1)},
				{ID: "V", Score: 5e-324},
			},
			Scopes: []consistency.Scope{
				{Start: -1, End: math.MaxInt, Participants: nil, Kind: weird},
				{Participants: []string{}, Evidence: []consistency.Span{}},
				{Participants: []string{"A", weird}},
			},
			Mentions: []consistency.Mention{
				{Text: weird, Entity: weird, Entities: []string{"A", "B"}, Kind: weird, Form: weird, Role: weird},
				{Entities: []string{}},
			},
			Findings: []consistency.Finding{
				{Kind: consistency.FindingKind(weird), Severity: consistency.Severity(weird), Confidence: 0.95,
					Start: 3, End: 4, Line: 5, Column: 6, Text: weird, Entity: weird, Expected: weird,
					Suggestion: ptr(weird), Canonical: weird, Message: weird, Rule: weird,
					Evidence: []consistency.Span{{Text: weird}}, Mentions: []consistency.Span{{Note: "n"}}},
				{Suggestion: ptr(""), Evidence: []consistency.Span{}, Mentions: []consistency.Span{}},
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AppendJSON([]byte("prefix"), tt.rep)
			require.NoError(t, err)
			require.Equal(t, "prefix"+string(stdJSON(t, tt.rep)), string(got))
			var w bytes.Buffer
			require.NoError(t, JSON(&w, tt.rep))
			require.Equal(t, string(stdJSON(t, tt.rep)), w.String())
		})
	}
}

func TestAppendJSONUnsupportedFloat(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, stdErr := json.Marshal(&consistency.Report{Participants: []consistency.Participant{{Score: f}}})
		require.Error(t, stdErr)
		_, err := AppendJSON(nil, &consistency.Report{Participants: []consistency.Participant{{Score: f}}})
		require.Error(t, err)
		_, err = AppendJSON(nil, &consistency.Report{Findings: []consistency.Finding{{Confidence: f}}})
		require.Error(t, err)
	}
}

// TestAppendJSONKnowsEveryField fails when a field is added to, removed
// from or retagged in consistency's report types: AppendJSON writes them
// by hand and must then be taught the change.
func TestAppendJSONKnowsEveryField(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeFor[consistency.Report](): {
			"File string file,omitempty", "Participants []consistency.Participant participants",
			"Scopes []consistency.Scope scopes", "Mentions []consistency.Mention mentions",
			"Findings []consistency.Finding findings"},
		reflect.TypeFor[consistency.Participant](): {
			"ID string id", "Name string name", "English string en,omitempty", "Kind string kind,omitempty",
			"Role string role,omitempty", "Score float64 score", "Evidence []consistency.Span evidence"},
		reflect.TypeFor[consistency.Scope](): {
			"Start int start", "End int end", "Participants []string participants", "Kind string kind",
			"Evidence []consistency.Span evidence"},
		reflect.TypeFor[consistency.Mention](): {
			"Start int start", "End int end", "Text string text", "Entity string entity",
			"Entities []string entities,omitempty", "Kind string kind", "Form string form", "Role string role"},
		reflect.TypeFor[consistency.Finding](): {
			"Kind consistency.FindingKind kind", "Severity consistency.Severity severity",
			"Confidence float64 confidence", "Start int start", "End int end", "Line int line",
			"Column int column", "Text string text", "Entity string entity,omitempty",
			"Expected string expected,omitempty", "Suggestion *string suggestion,omitempty",
			"Canonical string canonical,omitempty", "Message string message", "Rule string rule,omitempty",
			"Evidence []consistency.Span evidence,omitempty", "Mentions []consistency.Span mentions,omitempty"},
		reflect.TypeFor[consistency.Span](): {
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
	for _, k := range []reflect.Kind{reflect.TypeFor[consistency.FindingKind]().Kind(), reflect.TypeFor[consistency.Severity]().Kind()} {
		require.Equal(t, reflect.String, k)
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[consistency.FindingKind](), reflect.TypeFor[consistency.Severity]()} {
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
		rep := &consistency.Report{
			File:         a,
			Participants: []consistency.Participant{{ID: a, Name: b, Score: x, Evidence: []consistency.Span{{Text: b, Note: a}}}},
			Mentions:     []consistency.Mention{{Text: a + b, Entities: []string{b}}},
			Findings:     []consistency.Finding{{Confidence: x, Text: b, Message: a, Suggestion: &b}},
		}
		got, err := AppendJSON(nil, rep)
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
		if _, err := AppendJSON(make([]byte, 0, len(out)), rep); err != nil {
			b.Fatal(err)
		}
	}
}
