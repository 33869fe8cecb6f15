package i18n_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// TestRuleMessagesHaveArabic: every message of the embedded conflict rules,
// and every text of the finding kinds' table, has an Arabic entry.
func TestRuleMessagesHaveArabic(t *testing.T) {
	rules, err := consistency.DefaultRules()
	require.NoError(t, err)
	for _, p := range append(rules.Conflicts, rules.Topics...) {
		if p.Message != "" {
			assert.True(t, i18n.Has(i18n.Arabic, p.Message), "rule %s (rules.yaml:%d): message %q has no Arabic entry", p.ID, p.Line, p.Message)
		}
	}
	for _, k := range finding.Kinds() {
		for _, s := range []string{k.Short, k.Full, k.Help, k.Message} {
			assert.True(t, i18n.Has(i18n.Arabic, s), "kind %s: %q has no Arabic entry", k.Kind, s)
		}
	}
}

// TestCodedMessagesHaveArabic: every message of a conflict pattern that
// package consistency builds in Go (a Pattern literal's Message, outside
// rules.yaml) has an Arabic entry, so that no finding's message is shown in
// English among Arabic ones. It reads the package's sources: a pattern
// added there without its Arabic fails here.
func TestCodedMessagesHaveArabic(t *testing.T) {
	files, err := filepath.Glob("../../consistency/*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err, name)
		ast.Inspect(f, func(x ast.Node) bool {
			kv, ok := x.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			key, ok := kv.Key.(*ast.Ident)
			lit, isLit := kv.Value.(*ast.BasicLit)
			if !ok || key.Name != "Message" || !isLit || lit.Kind != token.STRING {
				return true
			}
			msg, err := strconv.Unquote(lit.Value)
			require.NoError(t, err, fset.Position(lit.Pos()))
			n++
			assert.True(t, i18n.Has(i18n.Arabic, msg), "%s: message %q has no Arabic entry", fset.Position(lit.Pos()), msg)
			return true
		})
	}
	assert.Greater(t, n, 5, "the consistency package's coded messages were not found")
}
