package yamlload_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/internal/yamlload"
)

// Parse refuses what a loader must not read, at the line of the fault;
// Fields reads a mapping with only the keys it allows.
func Example() {
	lim := yamlload.Limits{MaxBytes: 1 << 20, MaxNodes: 1000, MaxDepth: 8}
	_, err := yamlload.Parse([]byte("classes:\n  side: [x]\n   other: [y]\n"), "rules.yaml", lim)
	fmt.Println(err)
	_, err = yamlload.Parse([]byte("classes:\n  side: [x\x1b[8m]\n"), "rules.yaml", lim)
	fmt.Println(err)
	root, _ := yamlload.Parse([]byte("classes:\n  side: [x]\ncolour: red\n"), "rules.yaml", lim)
	_, err = yamlload.Fields(root, "rules.yaml", "rules", "classes", "conflicts")
	fmt.Println(err)
	// Output:
	// rules.yaml:3: invalid YAML: did not find expected key
	// rules.yaml:2: invalid YAML: control character U+001B at column 11 (YAML allows tab, line feed and carriage return only)
	// rules.yaml:3: schema violation: rules: unknown field "colour" (want classes, conflicts)
}
