package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// errNotRegular: a file found by walking a directory is not a regular file
// (a named pipe, socket or device, or a symbolic link to one or to a
// directory). It is reported and skipped, never opened for reading: a named
// pipe would block the walk for ever, a device could never end.
var errNotRegular = errors.New("not a regular file; skipped")

// fileKind names a file's type for messages.
func fileKind(m fs.FileMode) string {
	switch t := m.Type(); {
	case t.IsRegular():
		return "regular file"
	case t&fs.ModeDir != 0:
		return "directory"
	case t&fs.ModeSymlink != 0:
		return "symbolic link"
	case t&fs.ModeNamedPipe != 0:
		return "named pipe"
	case t&fs.ModeSocket != 0:
		return "socket"
	case t&fs.ModeCharDevice != 0:
		return "character device"
	case t&fs.ModeDevice != 0:
		return "block device"
	default:
		return "special file"
	}
}

// walkedEntry decides what becomes of a directory entry whose name matched
// an include glob: a regular file is checked; a symbolic link is followed
// (with Stat, which does not open) and checked if it leads to a regular
// file; anything else is an input that carries the reason it was skipped,
// so that it is reported rather than silently dropped.
func walkedEntry(path string, d fs.DirEntry) input {
	if d.Type().IsRegular() {
		return input{name: path, regularOnly: true}
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return input{name: path, err: fmt.Errorf("%s: %w", fileKind(d.Type()), errNotRegular)}
	}
	st, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) { // the path is already the message's first word
			err = pe.Err
		}
		return input{name: path, err: fmt.Errorf("symbolic link that cannot be followed: %w", err)}
	}
	if !st.Mode().IsRegular() {
		return input{name: path, err: fmt.Errorf("symbolic link to a %s: %w", fileKind(st.Mode()), errNotRegular)}
	}
	return input{name: path, regularOnly: true}
}
