package server

import "github.com/nazir-nlp/nazir/internal/cputime"

// cpuTime is the CPU time the process has used so far (package cputime).
var cpuTime = cputime.Process
