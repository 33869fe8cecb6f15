package main

import (
	"fmt"
	"io"

	"github.com/nazir-nlp/nazir"
)

func runVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "nazir %s\n", nazir.Version)
	return exitOK
}
