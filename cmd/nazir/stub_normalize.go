package main

import "io"

// DRAFT stub: the owner replaces this file with normalize.go.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return exitUsage }
