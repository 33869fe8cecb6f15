//go:build !race

package consistency_test

// raceDetector is true when the tests run under -race (20 MB inputs are
// then too slow to check).
const raceDetector = false
