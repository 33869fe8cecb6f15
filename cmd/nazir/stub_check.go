package main

import "io"

// DRAFT stub: the owner replaces this file with check.go.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return exitUsage }
