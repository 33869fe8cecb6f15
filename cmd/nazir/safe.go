package main

import (
	"errors"
	"fmt"

	"github.com/nazir-nlp/nazir/consistency"
)

// errInternal marks a checker bug caught on one input: that input is
// reported as not checked and the run goes on with the others.
var errInternal = errors.New("internal error, please report it with this input")

// safeCheck is checker.Check, with a panic (a bug: the checker must never
// panic on input) turned into an error for this input alone, so that an
// unattended run over a directory loses one file, not the batch.
func safeCheck(checker *consistency.Checker, text []byte) (rep *consistency.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			rep, err = nil, fmt.Errorf("%w: %v", errInternal, p)
		}
	}()
	return checker.Check(text)
}
