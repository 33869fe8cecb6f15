//go:build !linux

package main

import "os"

// openRead is os.Open (open_linux.go saves system calls on Linux).
func openRead(name string) (*os.File, error) { return os.Open(name) }
