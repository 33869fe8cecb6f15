//go:build !linux

package main

import (
	"fmt"
	"os"
)

// osFile is an input file opened with os.Open (open_linux.go saves system
// calls on Linux).
type osFile struct{ *os.File }

// openRead opens name for reading. With nonblock, a name that is not a regular file (after following
// symbolic links) is refused before it is opened, so that opening a named
// pipe cannot block. (Linux opens without blocking and checks the open
// file; here a file swapped between the check and the open is not caught.)
func openRead(name string, nonblock bool) (osFile, error) {
	if nonblock {
		st, err := os.Stat(name)
		if err != nil {
			return osFile{}, err
		}
		if !st.Mode().IsRegular() && !st.IsDir() {
			return osFile{}, fmt.Errorf("%s: %w", fileKind(st.Mode()), errNotRegular)
		}
	}
	f, err := os.Open(name)
	return osFile{f}, err
}

// stat reports what readInput needs of Stat.
func (f osFile) stat() (isDir, regular bool, size int64, err error) {
	st, err := f.Stat()
	if err != nil {
		return false, false, 0, err
	}
	return st.IsDir(), st.Mode().IsRegular(), st.Size(), nil
}
