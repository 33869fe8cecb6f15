// Package cputime reads the CPU time the process has used, for benchmarks:
// on a busy machine a benchmark's wall time per op overstates its cost,
// while CPU time per op is what one core spends. The benchmarks report it
// as a cpu-ns/op (or cpu-checks/s) metric.
package cputime
