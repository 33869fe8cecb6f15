//go:build !linux

package main

import "os"

// osFile is an input file opened with os.Open (open_linux.go saves system
// calls on Linux).
type osFile struct{ *os.File }

func openRead(name string) (osFile, error) {
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
