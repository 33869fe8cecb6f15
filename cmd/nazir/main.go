// Command nazir finds entity inconsistencies in Arabic diplomatic press
// releases.
//
// Usage:
//
//	nazir check [flags] FILE|DIR... | -
//	nazir fix [flags] FILE... | -
//	nazir align [flags] FILE... | -
//	nazir tag [flags] FILE | -
//	nazir normalize [--show-map] FILE | -
//	nazir serve [--addr HOST:PORT] [flags]
//	nazir version (or nazir --version)
//	nazir help [COMMAND] (or nazir COMMAND -h)
//
// Flags may come before or after the files; -- ends them. Help goes to
// standard output with exit code 0.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes (contract).
const (
	exitOK       = 0 // no findings
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // usage or input error
)

// command is one subcommand. It gets its arguments (without the subcommand
// name) and the process streams, and returns the exit code.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"check", "check releases for country conflicts and name variants", runCheck},
		{"fix", "apply the suggestions: print the corrected text, a diff, or write in place", runFix},
		{"align", "check translations against their source, entity by entity", runAlign},
		{"tag", "print every entity mention with its span, form and entities", runTag},
		{"normalize", "print the normalised text (and the offset map)", runNormalize},
		{"serve", "serve the web page and the JSON API over HTTP", runServe},
		{"version", "print the version", runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stderr = escapeStderr(stderr) // messages quote file names and input bytes
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	case "help": // nazir help [COMMAND]
		if len(args) > 1 {
			return run([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return exitOK
	case "-version", "--version":
		return runVersion(nil, stdin, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "nazir: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: nazir <command> [flags] [FILE...]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nFlags may come before or after the files; -- ends them.")
	fmt.Fprintln(w, "nazir help COMMAND (or nazir COMMAND -h) prints a command's flags and exit codes;")
	fmt.Fprintln(w, "nazir --version prints the version.")
}
