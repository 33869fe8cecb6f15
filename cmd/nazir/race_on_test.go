//go:build race

package main

// worstCaseBytes is the size of the worst-case inputs of the tests that
// guard against quadratic paths: 4 MB, a quarter of that under the race
// detector (which slows checking tenfold; a quadratic path still takes
// minutes at 1 MB).
const worstCaseBytes = 1 << 20

// raceDetector is whether the tests run under the race detector.
const raceDetector = true
