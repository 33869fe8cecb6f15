//go:build !race

package report

// worstCaseBytes is the size of the worst-case inputs of the tests that
// guard against quadratic paths (see race_on_test.go).
const worstCaseBytes = 4 << 20
