package yamlload

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

var testLimits = Limits{MaxBytes: 1 << 20, MaxNodes: 10_000, MaxDepth: 16}

// TestParseErrors: every refused input names the file and the line of the
// fault, and wraps the right sentinel.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		sentinel error
		want     string // the whole error
	}{
		{"invalid UTF-8", "a: 1\nb: x\xffy\n", ErrSyntax, "f.yaml:2: invalid YAML: invalid UTF-8 (byte 0xFF at column 5)"},
		{"truncated UTF-8 at the end", "a: ب\xd8", ErrSyntax, "f.yaml:1: invalid YAML: invalid UTF-8 (byte 0xD8 at column 5)"},
		{"escape character", "a: 1\n\nb: \x1b[2J\n", ErrSyntax, "f.yaml:3: invalid YAML: control character U+001B at column 4 (YAML allows tab, line feed and carriage return only)"},
		{"NUL", "a: \x00\n", ErrSyntax, "f.yaml:1: invalid YAML: control character U+0000 at column 4 (YAML allows tab, line feed and carriage return only)"},
		{"DEL", "a: b\x7f\n", ErrSyntax, "f.yaml:1: invalid YAML: control character U+007F at column 5 (YAML allows tab, line feed and carriage return only)"},
		{"C1 control after CR lines", "a: 1\rb: 2\r\nc: \u009b\n", ErrSyntax, "f.yaml:3: invalid YAML: control character U+009B at column 4 (YAML does not allow it)"},
		{"noncharacter", "a: \uffff\n", ErrSyntax, "f.yaml:1: invalid YAML: control character U+FFFF at column 4 (YAML does not allow it)"},
		{"mis-indented key", "list:\n  - id: a\n    en: b\n   names: [c]\n", ErrSyntax, "f.yaml:4: invalid YAML: did not find expected '-' indicator"},
		{"mis-indented key in a mapping", "a:\n  b: 1\n  c: 2\n d: 3\ne: 4\n", ErrSyntax, "f.yaml:4: invalid YAML: did not find expected key"},
		{"unclosed flow list", "a: 1\nb: [x, y\nc: 2\n", ErrSyntax, "f.yaml:2: invalid YAML: did not find expected ',' or ']'"},
		{"tab indentation", "a:\n\tb: 1\n", ErrSyntax, "f.yaml:2: invalid YAML: found character that cannot start any token"},
		{"error on the first line", "[a, b\n", ErrSyntax, "f.yaml:1: invalid YAML: did not find expected ',' or ']'"},
		{"two documents", "a: 1\n---\nb: 2\n", ErrSchema, "f.yaml:2: schema violation: more than one YAML document"},
		{"anchor", "a: &x 1\nb: 2\n", ErrSchema, "f.yaml:1: schema violation: YAML anchors and aliases are not allowed"},
		{"alias", "a: [1]\nb: *x\n", ErrSyntax, "f.yaml:2: invalid YAML: unknown anchor 'x' referenced"},
		{"too deep", "a: " + strings.Repeat("[", 17) + strings.Repeat("]", 17) + "\n", ErrLimit, "f.yaml:1: input exceeds a limit: nesting deeper than 16 levels"},
		{"too many nodes in a flow list", "a: 1\nb: [" + strings.Repeat("x,", 6000) + "x]\n", ErrLimit, "f.yaml:2: input exceeds a limit: more than 10000 YAML nodes (counted up to this line)"},
		{"too many nodes in a block list", "l:\n" + strings.Repeat("- x\n", 4000), ErrLimit, "f.yaml:3334: input exceeds a limit: more than 10000 YAML nodes (counted up to this line)"},
		{"too large", "a: " + strings.Repeat("x", 1<<20) + "\n", ErrLimit, "f.yaml:1: input exceeds a limit: the file is larger than 1048576 bytes (the limit falls on this line)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Parse([]byte(tc.in), "f.yaml", testLimits)
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.sentinel)
			var e *Error
			require.True(t, errors.As(err, &e))
			assert.Equal(t, tc.want, err.Error())
		})
	}
}

// TestParseAccepts: what the loaders' files use parses, comments with
// commas and colons included.
func TestParseAccepts(t *testing.T) {
	for _, in := range []string{
		"a: 1\n",
		"# a, b: c - d\nlist:\n  - id: x   # why: because\n    names: [أ, ب]\n",
		"a: \"quoted: with, separators\"\nb: 'it''s'\n",
		"a: |\n  text: with - dashes\n  more\nb: 2\n",
		"\ufeffa: 1\n",
		"a:\tb\r\nc: \u0085\r\n",
	} {
		n, err := Parse([]byte(in), "f.yaml", testLimits)
		require.NoError(t, err, "%q", in)
		require.NotNil(t, n)
	}
	n, err := Parse(nil, "f.yaml", testLimits)
	require.NoError(t, err)
	require.Nil(t, n, "an empty file has no root")
	n, err = Parse([]byte("# only a comment\n"), "f.yaml", testLimits)
	require.NoError(t, err)
	require.Nil(t, n)
}

// TestReadLimit: Read stops at the limit and names the line it falls on.
func TestReadLimit(t *testing.T) {
	lim := Limits{MaxBytes: 10}
	got, err := Read(strings.NewReader("a: 1\nb: 2\n"), "f.yaml", lim)
	require.NoError(t, err)
	require.Equal(t, "a: 1\nb: 2\n", string(got))
	_, err = Read(strings.NewReader("a: 1\nb: 2\nc: 3\n"), "f.yaml", lim)
	require.ErrorIs(t, err, ErrLimit)
	require.EqualError(t, err, "f.yaml:3: input exceeds a limit: the file is larger than 10 bytes (the limit falls on this line)")
}

// TestNodeBoundFast: a 16 MB list of one-letter items is refused by the
// count, before the parser allocates its millions of nodes.
func TestNodeBoundFast(t *testing.T) {
	data := []byte("countries: [" + strings.Repeat("a,", 8<<20) + "a]\n")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Parse(data, "big.yaml", Limits{MaxBytes: 32 << 20, MaxNodes: 1_000_000, MaxDepth: 64})
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, ErrLimit)
	require.Contains(t, err.Error(), "big.yaml:1: input exceeds a limit: more than 1000000 YAML nodes")
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "refused without allocating")
}

func TestFields(t *testing.T) {
	doc := func(s string) *yaml.Node {
		n, err := Parse([]byte(s), "f.yaml", testLimits)
		require.NoError(t, err)
		return n
	}
	f, err := Fields(doc("a: 1\nb: [x]\n"), "f.yaml", "top", "a", "b", "c")
	require.NoError(t, err)
	require.Len(t, f, 2)
	require.Equal(t, "1", f["a"].Value)
	for _, tc := range []struct{ in, want string }{
		{"a: 1\nd: 2\n", `f.yaml:2: schema violation: top: unknown field "d" (want a, b, c)`},
		{"a: 1\nb: 2\na: 3\n", `f.yaml:3: schema violation: top: duplicate field "a"`},
		{"- a\n- b\n", "f.yaml:1: schema violation: top: want a mapping, got a list"},
		{"? [a]\n: 1\n", "f.yaml:1: schema violation: top: want a key, got a list"},
	} {
		_, err := Fields(doc(tc.in), "f.yaml", "top", "a", "b", "c")
		require.EqualError(t, err, tc.want)
		require.ErrorIs(t, err, ErrSchema)
	}
}

// TestDecode: decoding refuses a key the target has no field for (at any
// level), a repeated key and a value of the wrong type, at their line.
func TestDecode(t *testing.T) {
	type inner struct {
		N int `yaml:"n"`
	}
	type out struct {
		A string  `yaml:"a"`
		B []inner `yaml:"b"`
	}
	var o out
	require.NoError(t, Decode([]byte("a: x\nb:\n  - n: 1\n"), "f.yaml", &o))
	require.Equal(t, out{A: "x", B: []inner{{N: 1}}}, o)
	require.NoError(t, Decode(nil, "f.yaml", &o), "an empty file leaves out as it is")
	for _, tc := range []struct{ in, want string }{
		{"a: x\nc: 1\n", "f.yaml:2: schema violation: field c not found in type yamlload.out"},
		{"a: x\nb:\n  - n: 1\n    m: 2\n", "f.yaml:4: schema violation: field m not found in type yamlload.inner"},
		{"a: x\nb:\n  - n: many\n", "f.yaml:3: schema violation: cannot unmarshal !!str `many` into int"},
		{"a: x\na: y\n", `f.yaml:2: schema violation: mapping key "a" already defined at line 1`},
	} {
		var o out
		err := Decode([]byte(tc.in), "f.yaml", &o)
		require.EqualError(t, err, tc.want)
		require.ErrorIs(t, err, ErrSchema)
	}
	require.EqualError(t, DecodeError("f.yaml", 7, errors.New("odd")), "f.yaml:7: schema violation: odd")
}

func TestKind(t *testing.T) {
	n, err := Parse([]byte("a: {b: 1}\nc: [1]\nd: x\ne:\n"), "f.yaml", testLimits)
	require.NoError(t, err)
	var got []string
	for i := 1; i < len(n.Content); i += 2 {
		got = append(got, Kind(n.Content[i]))
	}
	require.Equal(t, []string{"a mapping", "a list", "a string", "nothing"}, got)
}

// countNodes counts the nodes of a parsed tree.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// FuzzParse: Parse never panics; an error is positioned within the file;
// and the node bound is an upper bound: a file it accepts has no more
// nodes than it counted.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"a: 1\n", "{a, b, c}\n", "[[[[a]]]]\n", "- - - a\n", "? a\n? b\n", "a: [x, y]\nb: {c: d}\n",
		"a: |\n  \"\n[a, b, c]\n", "x: \"a # b\", [a,a]\n", "a: 'b\n  c'\n", "\xff", "a:\n\tb\n",
		"{a: b, c, d: [e, {f}]}\n", "- ? a\n  : b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxBytes: 1 << 16, MaxNodes: 1 << 30, MaxDepth: 64}
		n, err := Parse(data, "fuzz.yaml", lim)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("not an *Error: %v", err)
			}
			if e.Line < 0 || e.Line > lineAt(data, len(data))+1 {
				t.Fatalf("line %d outside the file: %v", e.Line, err)
			}
			return
		}
		if n == nil {
			return
		}
		// The bound counted by checkText is at least the nodes made (the
		// tree and its document node): with a limit one below them, the
		// count must refuse the file.
		if err := checkText(data, "fuzz.yaml", countNodes(n)); err == nil {
			t.Fatalf("the node bound is below the %d nodes parsed from %q", countNodes(n)+1, data)
		}
	})
}
