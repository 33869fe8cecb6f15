package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
)

// parseArgs parses a subcommand's flags wherever they stand among its
// arguments, as GNU tools do (nazir check a.txt --format json): it returns
// the other arguments in order. "--" ends the flags (what follows is a
// file, even when it starts with a dash); "-" is an argument (standard
// input). -h, -help and --help print the usage to stdout and stop with
// exitOK; a bad flag prints the error and the usage to stderr and stops
// with exitUsage. ok is false when the command must stop with code.
//
// The usage function set on fs must write to fs.Output().
func parseArgs(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (positional []string, code int, ok bool) {
	var msg bytes.Buffer
	fs.SetOutput(&msg)
	defer fs.SetOutput(stderr)
	rest := args
	for {
		err := fs.Parse(rest)
		if errors.Is(err, flag.ErrHelp) {
			// The flag package printed the usage into msg.
			stdout.Write(msg.Bytes())
			return nil, exitOK, false
		}
		if err != nil {
			stderr.Write(msg.Bytes())
			return nil, exitUsage, false
		}
		left := fs.Args()
		if len(left) == 0 {
			return positional, exitOK, true
		}
		if consumed := len(rest) - len(left); consumed > 0 && rest[consumed-1] == "--" {
			return append(positional, left...), exitOK, true
		}
		positional = append(positional, left[0])
		rest = left[1:]
	}
}

// parseOneFile is parseArgs for the commands that take one file (tag,
// normalize): it sets fs's usage to the usage line and the flags, and
// wants exactly one argument. ok is false when the command must stop with
// code.
func parseOneFile(fs *flag.FlagSet, usage string, args []string, stdout, stderr io.Writer) (file string, code int, ok bool) {
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usage)
		fs.PrintDefaults()
	}
	files, code, ok := parseArgs(fs, args, stdout, stderr)
	if !ok {
		return "", code, false
	}
	if len(files) != 1 {
		fs.Usage()
		return "", exitUsage, false
	}
	return files[0], exitOK, true
}

// checkUsage prints check's usage, flags and exit codes to fs.Output().
func checkUsage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, "usage: nazir check [flags] FILE|DIR... | -")
	fmt.Fprintln(w, "Directories are walked (hidden ones skipped); output keeps the order of the inputs.")
	fmt.Fprintln(w, "With several files a summary goes to stderr, and a progress bar when stderr is a terminal.")
	fmt.Fprintln(w, "Flags may come before or after the files; -- ends them.")
	fmt.Fprintln(w, "Settings come from the flags, then from the "+configName+" nearest to each file (its folder, then upward).")
	fmt.Fprintln(w, "\nFlags:")
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nExit codes:")
	fmt.Fprintln(w, "  0  no finding at or above --fail-on (findings in --baseline or accepted in "+configName+" do not count),")
	fmt.Fprintln(w, "     or --write-baseline wrote the baseline")
	fmt.Fprintln(w, "  1  at least one such finding")
	fmt.Fprintln(w, "  2  usage error, or an input that could not be read or checked (named on stderr; the other files are still checked)")
}
