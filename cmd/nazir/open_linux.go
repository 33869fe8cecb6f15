package main

import (
	"io"
	"os"
	"syscall"
)

// rawFile is an input file read with plain system calls: open, fstat,
// read, close. os.Open costs five more per file (it tries to register the
// descriptor with the network poller, which always fails for the regular
// files a batch reads, and os.NewFile asks for the flags), half of the
// per-file system calls of `nazir check DIR`. Errors are the *os.PathError
// values an *os.File gives.
type rawFile struct {
	fd   int
	name string
}

// openRead opens name for reading. With nonblock the open does not wait: opening a named pipe (or a
// symbolic link to one) that no writer holds open returns at once instead
// of blocking for ever, so that the caller's fstat can refuse it. A regular
// file ignores the flag.
func openRead(name string, nonblock bool) (*rawFile, error) {
	flags := syscall.O_RDONLY | syscall.O_CLOEXEC
	if nonblock {
		flags |= syscall.O_NONBLOCK
	}
	for {
		fd, err := syscall.Open(name, flags, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return &rawFile{fd: fd, name: name}, nil
	}
}

// stat reports what readInput needs of fstat.
func (f *rawFile) stat() (isDir, regular bool, size int64, err error) {
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(f.fd, &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return false, false, 0, &os.PathError{Op: "stat", Path: f.name, Err: err}
	}
	mode := st.Mode & syscall.S_IFMT
	return mode == syscall.S_IFDIR, mode == syscall.S_IFREG, st.Size, nil
}

func (f *rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &os.PathError{Op: "read", Path: f.name, Err: err}
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *rawFile) Close() error { return syscall.Close(f.fd) }
