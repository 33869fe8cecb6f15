//go:build race

package report

// worstCaseBytes is the size of the worst-case inputs of the tests that
// guard against quadratic paths: 4 MB, a quarter of that under the race
// detector.
const worstCaseBytes = 1 << 20
