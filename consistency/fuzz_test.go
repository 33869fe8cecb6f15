package consistency_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/report"
)

// FuzzCheck: for any input, Check returns a report or one of its sentinel
// errors, never panics; the report's spans are inside the input and on rune
// boundaries, texts are the spanned bytes, line and column are right, the
// JSON is valid and the same on a second run, and the suggestions apply.
func FuzzCheck(f *testing.F) {
	for _, file := range releaseFiles(f) {
		f.Add(readFile(f, file))
	}
	for _, s := range []string{"", "\ufeff", "\r\r\n", "\u202eألبانيا\u202c تلتزم بمبدأ الصين الواحدة",
		"وزير الخارجية الصيني ونظيره الأذربيجاني. الجانب الأفغاني", "\xff\xfe", "Azerbaijan\u200cو China"} {
		f.Add([]byte(s))
	}
	c := checker(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		checkInvariants(t, c, src)
		if !utf8.Valid(src) {
			// Most mutations break UTF-8: check the repaired text too, so
			// that the fuzzer explores the checker, not the refusal.
			checkInvariants(t, c, []byte(strings.ToValidUTF8(string(src), "\uFFFD")))
		}
	})
}

// checkInvariants checks one input against the invariants of FuzzCheck.
func checkInvariants(t *testing.T, c *consistency.Checker, src []byte) {
	t.Helper()
	orig := bytes.Clone(src)
	rep, err := c.Check(src)
	require.Equal(t, orig, src, "Check modified its input")
	if err != nil {
		require.True(t, errorsIsAny(err, consistency.ErrEmpty, consistency.ErrInvalidUTF8, consistency.ErrTooLarge), "unexpected error %v", err)
		return
	}
	requireWellFormed(t, rep, src)
	for _, f := range rep.Findings {
		require.True(t, onRune(src, f.Start) && onRune(src, f.End), "finding off rune boundaries %+v", f)
		require.GreaterOrEqual(t, f.Confidence, 0.0)
		require.LessOrEqual(t, f.Confidence, 1.0)
		require.NotEmpty(t, f.Message)
		require.NotZero(t, f.Severity.Rank(), "severity %q", f.Severity)
	}
	for _, m := range rep.Mentions.All() {
		require.True(t, onRune(src, m.Start) && onRune(src, m.End), "mention off rune boundaries %+v", m)
	}
	j1, err := reportJSON(rep)
	require.NoError(t, err)
	require.True(t, json.Valid(j1))
	rep2, err := c.Check(src)
	require.NoError(t, err)
	j2, err := reportJSON(rep2)
	require.NoError(t, err)
	require.Equal(t, string(j1), string(j2), "deterministic")
	edits := report.Edits(rep, src, report.FixFilter{})
	fixed, err := report.Apply(src, edits)
	require.NoError(t, err, "suggestions apply")
	require.True(t, utf8.Valid(fixed) || !utf8.Valid(src), "fixing valid text keeps it valid")
}

func onRune(src []byte, off int) bool { return off == len(src) || utf8.RuneStart(src[off]) }

func errorsIsAny(err error, targets ...error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return b
}
