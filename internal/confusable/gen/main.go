// Command gen derives nazir's confusability table (internal/confusable's
// confusable.tsv) from the gazetteer and the Chinese region names of
// golang.org/x/text (CLDR).
//
//	go run ./internal/confusable/gen -gazetteer gazetteer.yaml -o internal/confusable/confusable.tsv
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/confusable/zhnames"
)

func main() {
	gz := flag.String("gazetteer", "gazetteer.yaml", "gazetteer file")
	out := flag.String("o", "confusable.tsv", "output file")
	flag.Parse()
	if err := run(*gz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(gz, out string) error {
	data, err := Generate(gz)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// Generate returns the table derived from the gazetteer file gz.
func Generate(gz string) ([]byte, error) {
	g, err := entities.LoadFile(gz)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	states := confusable.States(g, zhnames.Simplified(g))
	return confusable.Format(confusable.Derive(states, arabic.Default())), nil
}
