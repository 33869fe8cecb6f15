package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/report"
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

// readText reads a release for the commands that take one text (tag,
// normalize) and refuses what check refuses, with the same messages:
// more than limit bytes (ErrTooLarge, standard input read no further than
// one byte past it), nothing but whitespace (ErrEmpty) and invalid UTF-8
// (ErrInvalidUTF8 with the line, column and byte of the first bad byte;
// lines end at LF, CRLF or CR as in check).
func readText(name string, stdin io.Reader, limit int) ([]byte, error) {
	src, err := readInput(name, stdin, limit)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, consistency.ErrEmpty
	}
	if off := firstInvalidUTF8(src); off >= 0 {
		p := consistency.NewLineIndex(src).At(off)
		return nil, fmt.Errorf("line %d, column %d (byte %d): %w", p.Line, p.Column, off, consistency.ErrInvalidUTF8)
	}
	return src, nil
}

// readOneText is readText for command cmd (tag, normalize) with its
// --max-bytes limit: a limit that is not positive or a text that cannot
// be read is reported on stderr ("nazir CMD: ...") and ok is false. name
// is the file's name as messages and reports show it.
func readOneText(cmd, file string, stdin io.Reader, limit int, stderr io.Writer) (name string, src []byte, ok bool) {
	name = displayName(file)
	src, err := readText(file, stdin, limit)
	if err != nil {
		fmt.Fprintf(stderr, "nazir %s: %s: %v\n", cmd, name, err)
		return name, nil, false
	}
	return name, src, true
}

// validMaxBytes reports whether a --max-bytes value is positive; when it
// is not, it says so on stderr for command cmd.
func validMaxBytes(cmd string, n int, stderr io.Writer) bool {
	if n <= 0 {
		fmt.Fprintf(stderr, "nazir %s: --max-bytes %d: want a positive number\n", cmd, n)
		return false
	}
	return true
}

// firstInvalidUTF8 returns the offset of the first byte of src that is not
// part of a valid UTF-8 encoding, or -1.
func firstInvalidUTF8(src []byte) int {
	if utf8.Valid(src) {
		return -1
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// controlWriter escapes, in everything written to it, the control
// characters that could drive a terminal (report.AppendEscaped) except the
// line feed and the tab: error messages quote file names and bytes of the
// input, and must not clear the screen or hide the lines that follow.
type controlWriter struct{ w io.Writer }

// escapeStderr wraps w in a controlWriter (once).
func escapeStderr(w io.Writer) io.Writer {
	if _, ok := w.(*controlWriter); ok {
		return w
	}
	return &controlWriter{w: w}
}

func (cw *controlWriter) Write(p []byte) (int, error) {
	n := len(p)
	out := make([]byte, 0, len(p))
	for len(p) > 0 {
		i := bytes.IndexAny(p, "\n\t")
		if i < 0 {
			i = len(p)
		}
		out = report.AppendEscaped(out, p[:i])
		if i < len(p) {
			out = append(out, p[i])
			i++
		}
		p = p[i:]
	}
	if _, err := cw.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
