package main

import "io"

// DRAFT stub: the owner replaces this file with tag.go.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return exitUsage }
