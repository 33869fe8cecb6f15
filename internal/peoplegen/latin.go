package main

import "github.com/nazir-nlp/nazir/internal/latinfit"

// The Latin-fit helpers live in internal/latinfit (the checker uses them
// too); these names keep the generator's calls short.

func foldLatin(s string) string        { return latinfit.Fold(s) }
func spellingFits(lat, ar string) bool { return latinfit.Fits(lat, ar) }
func yeismo(lat string) string         { return latinfit.Yeismo(lat) }
