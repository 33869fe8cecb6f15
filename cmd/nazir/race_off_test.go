//go:build !race

package main

// worstCaseBytes is the size of the worst-case inputs of the tests that
// guard against quadratic paths (see race_on_test.go).
const worstCaseBytes = 4 << 20

// raceDetector is whether the tests run under the race detector, which
// multiplies memory: TestCheckPeakRSS is skipped there.
const raceDetector = false
