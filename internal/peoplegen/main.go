// Command peoplegen generates nazir's people data from public tables:
// the gazetteer's officials (gazetteer/officials-*.yaml), the given-name
// lexicon (entities/givennames.tsv) and the name tokens
// (entities/nametokens.txt), and measures the name key against
// real spelling variation. Its output is reproducible: the same tables give
// the same files, byte for byte.
//
// Usage (from the repository root):
//
//	go run ./internal/peoplegen [-data DIR] [-repo DIR] officials|lexicon|surnames|keys|equiv|alternations|coverage|all
//
// DIR holds the source tables (officials_hos_hog_fm.tsv,
// officials_world_snapshots_2021_2022.tsv,
// wikidata_en_ar_person_name_tokens.tsv, arabic_given_names.tsv,
// foreign_given_names_ar.tsv; see their provenance in NOTICE); the Arabic
// spelling dictionary of Debian's hunspell-ar flags names that are also
// common words (apt-get install hunspell-ar).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "peoplegen:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("peoplegen", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "shared", "data", "people"), "folder of the source tables")
	repo := fs.String("repo", ".", "repository root (gazetteer.yaml, entities/)")
	dict := fs.String("dict", "/usr/share/hunspell/ar.dic", "hunspell-ar dictionary (Debian package hunspell-ar): names that are common words")
	cities := fs.String("cities", filepath.Join("..", "shared", "data", "cldr-timezone-cities", "timeZoneNames-ar.json"), "CLDR time-zone names (cldr-dates-modern): the zone ids' English city names")
	verbose := fs.Bool("v", false, "list what is left out, word by word")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("want one command: officials, lexicon, surnames, keys, equiv, alternations, coverage or all")
	}
	switch cmd := fs.Arg(0); cmd {
	case "officials":
		return genOfficials(*data, *repo, *dict, *cities, out)
	case "lexicon":
		return genLexicon(*data, *repo, *dict, *verbose, out)
	case "surnames":
		return genSurnames(*data, *repo, *dict, out)
	case "keys":
		return evalKeys(*data, out)
	case "equiv":
		return evalEquivalences(*data, out)
	case "alternations":
		return genAlternations(*data, *repo, out)
	case "coverage":
		return printCoverage(*data, *repo, *dict, *cities, out)
	case "all":
		if err := genOfficials(*data, *repo, *dict, *cities, out); err != nil {
			return err
		}
		if err := genLexicon(*data, *repo, *dict, *verbose, out); err != nil {
			return err
		}
		if err := genSurnames(*data, *repo, *dict, out); err != nil {
			return err
		}
		return evalKeys(*data, out)
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
}
