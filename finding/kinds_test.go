package finding_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// TestKindTable: each kind constant has one complete row; ids, names and
// message keys are unique; each message takes exactly the arguments its
// row names; the SARIF level is the severity's.
func TestKindTable(t *testing.T) {
	ids, names, keys := map[finding.Kind]bool{}, map[string]bool{}, map[string]bool{}
	for _, k := range finding.Kinds() {
		require.False(t, ids[k.Kind], "duplicate kind %s", k.Kind)
		require.False(t, names[k.Name], "duplicate name %s", k.Name)
		require.False(t, keys[k.Message], "duplicate message %s", k.Message)
		ids[k.Kind], names[k.Name], keys[k.Message] = true, true, true
		for field, v := range map[string]string{"Name": k.Name, "Short": k.Short, "Full": k.Full, "Help": k.Help, "Message": k.Message} {
			assert.NotEmpty(t, v, "%s: %s", k.Kind, field)
		}
		assert.Positive(t, k.Severity.Rank(), "%s: severity %q", k.Kind, k.Severity)
		assert.Equal(t, k.Severity.SARIFLevel(), k.SARIFLevel())
		args := make([]any, len(k.MessageArgs))
		for i := range args {
			args[i] = 1 // formats as %s (%!s(int=1)) or %d: never MISSING or EXTRA
		}
		msg := fmt.Sprintf(k.Message, args...)
		assert.NotContains(t, msg, "MISSING", "%s: message wants more arguments than %v", k.Kind, k.MessageArgs)
		assert.NotContains(t, msg, "EXTRA", "%s: message wants fewer arguments than %v", k.Kind, k.MessageArgs)
		got, ok := finding.Info(k.Kind)
		require.True(t, ok)
		require.Equal(t, k, got)
	}
	for _, k := range []finding.Kind{finding.CountryConflict, finding.NameVariant, finding.WrongGivenName, finding.HiddenControl} {
		assert.True(t, ids[k], "%s has no row", k)
	}
}

// TestInfoUnknownKind: a kind outside the table is described only by its id.
func TestInfoUnknownKind(t *testing.T) {
	k, ok := finding.Info("odd-thing_x")
	require.False(t, ok)
	require.Equal(t, finding.KindInfo{Kind: "odd-thing_x", Name: "OddThingX", Severity: finding.SeverityWarning,
		Short: "nazir finding of kind odd-thing_x."}, k)
	require.Equal(t, "warning", k.SARIFLevel())
	require.Equal(t, finding.SeverityWarning, finding.Kind("odd").DefaultSeverity())
}

// TestKindsIsACopy: callers cannot change the table.
func TestKindsIsACopy(t *testing.T) {
	ks := finding.Kinds()
	ks[0].Severity = finding.SeverityInfo
	ks[0].MessageArgs = append(ks[0].MessageArgs[:0:0], "x")
	require.NotEqual(t, finding.SeverityInfo, finding.Kinds()[0].Severity)
}

func TestSeverity(t *testing.T) {
	for _, c := range []struct {
		s     finding.Severity
		rank  int
		level string
	}{
		{finding.SeverityError, 3, "error"}, {finding.SeverityWarning, 2, "warning"},
		{finding.SeverityInfo, 1, "note"}, {"fatal", 0, "none"}, {"", 0, "none"},
	} {
		assert.Equal(t, c.rank, c.s.Rank(), c.s)
		assert.Equal(t, c.level, c.s.SARIFLevel(), c.s)
	}
}

func TestSetMessage(t *testing.T) {
	f := finding.Finding{Kind: finding.WrongGivenName}
	f.SetMessage("Jeyhun Bayramov", "فلاديمير", "جيحون بيراموف")
	require.Equal(t, "Jeyhun Bayramov is written with the given name “فلاديمير”; the gazetteer knows جيحون بيراموف", f.Message)
	require.Equal(t, []any{"Jeyhun Bayramov", "فلاديمير", "جيحون بيراموف"}, f.Args)

	u := finding.Finding{Kind: "custom"}
	u.SetMessage("a", "b")
	require.Equal(t, "ab", u.Message)
	require.False(t, strings.Contains(u.Message, "%!"))
}

func TestQuoted(t *testing.T) {
	for _, c := range []struct {
		in   finding.Quoted
		want string
	}{
		{nil, ""}, {finding.Quoted{"أ"}, "“أ”"}, {finding.Quoted{"وانغ يي", "وانج"}, "“وانغ يي”, “وانج”"},
		{finding.Quoted{"", "%s"}, "“”, “%s”"},
	} {
		require.Equal(t, c.want, c.in.String())
		require.Equal(t, c.want, fmt.Sprint(c.in))
	}
}
