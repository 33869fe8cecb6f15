package consistency

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestConflictMatchKept: the role scorer's pattern feature, which reads the
// conflict patterns' matches the mention's judgement kept, gives every
// mention the features, roles and findings that matching again gives, on
// the repository's releases (own, role, recall and people sets); the kept
// matches spare the matcher steps on some of them.
func TestConflictMatchKept(t *testing.T) {
	_, c := testChecker(t)
	var files []string
	for _, dir := range []string{"releases", "roles", "recall", "people"} {
		fs, err := filepath.Glob(filepath.Join("../testdata", dir, "*.txt"))
		require.NoError(t, err)
		files = append(files, fs...)
	}
	require.NotEmpty(t, files)
	type run struct {
		log      []roleSample
		roles    []mentionRole
		findings []Finding
		steps    int
	}
	check := func(src []byte, rematch bool) run {
		st := c.newState(src)
		defer c.release(st)
		st.logRoles, st.rematch = true, rematch
		st.prepare()
		st.analyse()
		return run{log: st.roleLog, roles: append([]mentionRole(nil), st.roles...),
			findings: append([]Finding(nil), st.findings...), steps: st.matchSteps}
	}
	spared := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		kept, again := check(src, false), check(src, true)
		require.Equal(t, again.log, kept.log, "%s: role features", f)
		require.Equal(t, again.roles, kept.roles, "%s: roles", f)
		require.Equal(t, again.findings, kept.findings, "%s: findings", f)
		require.LessOrEqual(t, kept.steps, again.steps, f)
		if kept.steps < again.steps {
			spared++
		}
	}
	require.Positive(t, spared, "the kept matches are read")
}
