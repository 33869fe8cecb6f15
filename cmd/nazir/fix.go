package main

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/report"
)

// errChanged: the file changed between the check and the write.
var errChanged = errors.New("changed since it was checked; not written (run fix again)")

func runFix(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf checkFlags
	cf.register(fs)
	cf.registerConfig(fs)
	diff := fs.Bool("diff", false, "print a unified diff instead of the corrected text (exit 1 when there is a difference)")
	write := fs.Bool("w", false, "write the corrected text back to each FILE, keeping the original as FILE.orig")
	force := fs.Bool("force", false, "with -w, also replace a symbolic link, a file with other hard links or a read-only file (each replaced by a fixed regular file)")
	severity := fs.String("severity", "warning", "apply suggestions of findings at least this severe: error or warning")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "usage: nazir fix [--diff | -w] [--min-confidence X] [--severity error|warning] FILE... | -")
		fmt.Fprintln(w, "Applies the checker's suggestions (never two that overlap) and prints the corrected text.")
		fmt.Fprintln(w, "Settings come from the flags, then from the "+configName+" nearest to each file, as for check;")
		fmt.Fprintln(w, "its accepted findings are not applied.")
		fs.PrintDefaults()
		fmt.Fprintln(w, "\nExit codes: 0 done (with --diff: no difference), 1 with --diff: a difference, 2 usage or input error.")
	}
	files, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	msgs := cliMessages(fs, cf.lang)
	fixErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "nazir fix: %s\n", msgs.T(format, a...))
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "nazir fix: no input (give files, or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	if *diff && *write {
		return fixErr("--diff and -w exclude each other")
	}
	filter := report.FixFilter{MinConfidence: cf.minConfidence}
	switch *severity {
	case "error":
		filter.MinSeverity = consistency.SeverityError
	case "warning":
		filter.MinSeverity = consistency.SeverityWarning
	default:
		return fixErr("--severity %q: want error or warning", *severity)
	}
	if cf.config != "" && cf.noConfig {
		return fixErr("--config and --no-config exclude each other")
	}
	explicit := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
	profs, err := newProfiles(&cf, explicit)
	if err != nil {
		return fixErr("%v", err)
	}
	if _, err := profs.forFile(files[0]); err != nil {
		return fixErr("%v", err)
	}
	code = exitOK
	for _, name := range files {
		if *write && name == "-" {
			fmt.Fprintf(stderr, "nazir fix: %s\n", msgs.T("-w cannot write standard input"))
			code = exitUsage
			continue
		}
		prof, err := profs.forFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "nazir fix: %s: %v\n", displayName(name), err)
			code = exitUsage
			continue
		}
		f := filter
		f.MinConfidence = prof.minConfidence
		changed, err := fixOne(name, prof, f, *diff, *write, *force, stdin, stdout, cf.maxBytes)
		if err != nil {
			fmt.Fprintf(stderr, "nazir fix: %s: %v\n", displayName(name), err)
			code = exitUsage
			continue
		}
		if changed && *diff && code == exitOK {
			code = exitFindings
		}
	}
	return code
}

// fixOne checks one file and prints, diffs or writes the corrected text. It
// reports whether anything changed.
func fixOne(name string, prof *profile, filter report.FixFilter, diff, write, force bool, stdin io.Reader, stdout io.Writer, maxBytes int) (bool, error) {
	src, err := readInput(name, stdin, maxBytes)
	if err != nil {
		return false, err
	}
	rep, err := safeCheck(prof.checker, src)
	if err != nil {
		return false, err
	}
	rep, _, _ = prof.filter(rep, src, name, nil, "") // accepted findings stay as written
	edits := report.Edits(rep, src, filter)
	fixed, err := report.Apply(src, edits)
	if err != nil {
		return false, err
	}
	switch {
	case diff:
		return len(edits) > 0, report.Diff(stdout, "a/"+filepath.ToSlash(name), "b/"+filepath.ToSlash(name), src, edits)
	case write:
		if len(edits) == 0 {
			return false, nil
		}
		return true, writeInPlace(name, src, fixed, force)
	default:
		_, err := stdout.Write(fixed)
		return len(edits) > 0, err
	}
}

// Why fix -w refuses a file (unless --force).
var (
	errSymlink    = errors.New("is a symbolic link: fix the file it points to, or give --force to replace the link with a fixed regular file")
	errHardLinked = errors.New("has other hard links, which would keep the unfixed text: give --force to replace this name alone")
	errReadOnly   = errors.New("is read-only for you: not replaced (give --force to replace it in its folder anyway)")
	errLostRace   = errors.New("changed while it was being fixed: the fixed text was written, and the text as it was changed meanwhile is in the .orig file; compare them")
)

// writeInPlace replaces name's content old with fixed: it keeps old as
// name.orig (refusing to overwrite an existing one), writes fixed to a
// temporary file beside name, and renames it over name only if name still
// holds old. An interrupt (SIGINT, SIGTERM) that arrives meanwhile is
// held until the write has finished or been undone, then delivered: the
// file is never left half written, and no temporary file is left behind.
//
// Without force it refuses a symbolic link (the rename would replace the
// link, not fix its target), a file with other hard links (they would keep
// the old text) and a file it may not write (the rename would replace
// another user's read-only file). name.orig is a hard link to the original
// file where the file system allows, so that a write into the original
// between the last check and the rename is not lost: it is found in
// name.orig after the rename and reported as errLostRace.
func writeInPlace(name string, old, fixed []byte, force bool) error {
	return writeInPlaceRacing(name, old, fixed, force, nil)
}

// writeInPlaceRacing is writeInPlace; beforeRename, if not nil, runs
// between the last check and the rename (a test's concurrent writer).
func writeInPlaceRacing(name string, old, fixed []byte, force bool, beforeRename func()) (err error) {
	defer holdInterrupts()()
	lst, err := os.Lstat(name)
	if err != nil {
		return err
	}
	symlink := lst.Mode()&os.ModeSymlink != 0
	if symlink && !force {
		return errSymlink
	}
	st, err := os.Stat(name)
	if err != nil {
		return err
	}
	if !force {
		if linkCount(st) > 1 {
			return errHardLinked
		}
		if st.Mode().Perm()&0o222 == 0 {
			return errReadOnly
		}
		f, err := os.OpenFile(name, os.O_WRONLY, 0) // no O_TRUNC: nothing is written
		if err != nil {
			if errors.Is(err, os.ErrPermission) {
				return errReadOnly
			}
			return err
		}
		f.Close()
	}
	orig := name + ".orig"
	linked := false
	if !symlink {
		if err := os.Link(name, orig); err == nil {
			linked = true
		} else if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; move it away to keep it, then run fix again", orig)
		}
	}
	if !linked { // a symbolic link under --force, or no hard links here: a copy
		of, err := os.OpenFile(orig, os.O_WRONLY|os.O_CREATE|os.O_EXCL, st.Mode().Perm())
		if err != nil {
			if errors.Is(err, os.ErrExist) {
				return fmt.Errorf("%s exists; move it away to keep it, then run fix again", orig)
			}
			return err
		}
		if _, err := of.Write(old); err != nil {
			of.Close()
			os.Remove(orig)
			return fmt.Errorf("writing %s: %w", orig, err)
		}
		if err := of.Close(); err != nil {
			os.Remove(orig)
			return fmt.Errorf("writing %s: %w", orig, err)
		}
	}
	keepOrig := false
	defer func() {
		if !keepOrig {
			os.Remove(orig)
		}
	}()
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".nazir-*")
	if err != nil {
		return err
	}
	renamed := false
	defer func() {
		if !renamed {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(fixed); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	now, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if sha256.Sum256(now) != sha256.Sum256(old) {
		return errChanged
	}
	if beforeRename != nil {
		beforeRename()
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return err
	}
	renamed, keepOrig = true, true
	if linked {
		// The original file lives on as name.orig: anything written into
		// it since the check above is there, and must not pass unnoticed.
		was, err := os.ReadFile(orig)
		if err != nil {
			return fmt.Errorf("re-reading %s after the rename: %w", orig, err)
		}
		if sha256.Sum256(was) != sha256.Sum256(old) {
			return errLostRace
		}
	}
	return nil
}
