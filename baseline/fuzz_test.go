package baseline_test

import (
	"testing"

	"github.com/nazir-nlp/nazir/baseline"
	"github.com/nazir-nlp/nazir/finding"
)

// FuzzFingerprint: any text and any span (even out of range or cut inside
// a rune) give a 16-digit fingerprint, the same twice, without a panic.
func FuzzFingerprint(f *testing.F) {
	f.Add([]byte("وأكد الجانب الأفغاني دعمه"), 9, 24, "country-conflict")
	f.Add([]byte("\xff\xfe الجانب"), 1, 3, "hidden-control")
	f.Add([]byte(""), 0, 0, "name-variant")
	f.Fuzz(func(t *testing.T, text []byte, start, end int, kind string) {
		fd := finding.Finding{Kind: finding.Kind(kind), Start: start, End: end, Entity: "AF", Expected: "AZ"}
		if start >= 0 && end <= len(text) && start <= end {
			fd.Text = string(text[start:end])
			fd.Mentions = []finding.Span{{Start: start, End: end, Text: fd.Text}}
			fd.Canonical = fd.Text
		}
		a := baseline.Fingerprint(text, &fd)
		if len(a) != 16 || a != baseline.Fingerprint(text, &fd) {
			t.Fatalf("fingerprint %q", a)
		}
	})
}
