package main

import "io"

// DRAFT stub: the owner replaces this file with version.go.
func runVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return exitUsage }
