// Command slipdraw injects seeded slips into labelled releases, writes them
// with their labels (the evaluation scorer's format) and scores nazir's
// checker on them.
//
//	go run ./internal/slips/slipdraw -src testdata/releases -seed 1 -n 100 -out /tmp/draw
//	go run ./internal/slips/slipdraw -src testdata/releases -seed 1 -n 100 -score
//
// With -score it prints the figures only (overall and per kind of slip);
// -v adds each release's misses and false findings, which is for seeds you
// develop on, not for a sealed one. With -infer the sources are unlabelled
// articles and a slip goes into those whose first scope the checker reads
// as a bilateral meeting, with its participants as the labels' (a measure
// of slips in real prose; the articles' own slips are not labelled).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/slips"
)

func main() {
	src := flag.String("src", "testdata/releases", "directories of labelled releases (labels.json), comma-separated")
	seed := flag.Uint64("seed", 1, "seed of the draw")
	n := flag.Int("n", 100, "number of slipped releases")
	kinds := flag.String("kinds", "", "kinds of slip, comma-separated (default all)")
	out := flag.String("out", "", "write the slipped releases and labels.json here")
	score := flag.Bool("score", false, "score the embedded checker on the draw")
	verbose := flag.Bool("v", false, "with -score, list each release's misses and false findings")
	minConf := flag.Float64("min-confidence", consistency.DefaultMinConfidence, "with -score, drop findings below this confidence (the CLI's default)")
	sweep := flag.Bool("sweep", false, "with -score, print conflict precision and recall at thresholds 0.40 to 0.90")
	infer := flag.Bool("infer", false, "the sources are unlabelled articles: their participants are the checker's (a bilateral first scope)")
	rule := flag.String("rule", "", "with -score, also score the findings of this rule alone (e.g. participant-role)")
	perSource := flag.Int("per-source", 0, "at most this many slips from any one source (0: no bound); fewer than -n may be drawn")
	flag.Parse()
	if err := run(*src, *seed, *n, *perSource, *kinds, *out, *score, *verbose, *minConf, *sweep, *infer, *rule); err != nil {
		fmt.Fprintln(os.Stderr, "slipdraw:", err)
		os.Exit(1)
	}
}

func run(src string, seed uint64, n, perSource int, kinds, out string, score, verbose bool, minConf float64, sweep, infer bool, rule string) error {
	c, err := nazir.NewChecker()
	if err != nil {
		return err
	}
	var rs []slips.Release
	for _, d := range strings.Split(src, ",") {
		var r []slips.Release
		var err error
		if infer {
			r, err = slips.InferReleases(d, func(text []byte) ([]string, error) { return inferred(c, text) })
		} else {
			r, err = slips.LoadReleases(d)
		}
		if err != nil {
			return err
		}
		rs = append(rs, r...)
	}
	ks := slips.Kinds
	if kinds != "" {
		ks = nil
		for _, k := range strings.Split(kinds, ",") {
			ks = append(ks, slips.Kind(k))
		}
	}
	g, err := nazir.DefaultGazetteer()
	if err != nil {
		return err
	}
	tab, err := confusable.Default()
	if err != nil {
		return err
	}
	gen, err := slips.New(g, tab)
	if err != nil {
		return err
	}
	ss, err := gen.DrawCapped(rs, ks, n, seed, perSource)
	if err != nil {
		return err
	}
	if out != "" {
		if err := slips.Write(out, ss); err != nil {
			return err
		}
	}
	if !score {
		return nil
	}
	reps := make([]*consistency.Report, len(ss))
	for i, s := range ss {
		rep, err := c.Check(s.Text)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		reps[i] = rep
	}
	if sweep {
		for t := 0.40; t < 0.905; t += 0.02 {
			res := make([]slips.Result, len(ss))
			for i := range ss {
				res[i] = slips.FromReport(slips.Above(reps[i], t))
			}
			sc, err := slips.Score(ss, res)
			if err != nil {
				return err
			}
			fmt.Printf("threshold %.2f: injected conflicts P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", t,
				sc.InjectedConflicts.Precision(), sc.InjectedConflicts.Recall(), sc.InjectedConflicts.F1(),
				sc.InjectedConflicts.TP, sc.InjectedConflicts.FP, sc.InjectedConflicts.FN)
		}
	}
	res := make([]slips.Result, len(ss))
	for i, s := range ss {
		res[i] = slips.FromReport(slips.Above(reps[i], minConf))
		if verbose {
			one, err := slips.Score(ss[i:i+1], res[i:i+1])
			if err != nil {
				return err
			}
			if one.Conflicts.FN+one.Conflicts.FP+one.Variants.FN+one.Variants.FP > 0 || one.PartsOK != one.Parts {
				fmt.Printf("%s: conflicts fn=%d fp=%d variants fn=%d fp=%d participants ok=%v\n", s.Name,
					one.Conflicts.FN, one.Conflicts.FP, one.Variants.FN, one.Variants.FP, one.PartsOK == one.Parts)
			}
		}
	}
	sc, err := slips.Score(ss, res)
	if err != nil {
		return err
	}
	fmt.Printf("seed %d, %d slipped releases from %d sources, findings at confidence %.2f and above\n", seed, len(ss), len(rs), minConf)
	fmt.Print(sc.Summary())
	if rule != "" {
		for i := range ss {
			res[i] = slips.FromReport(slips.OfRule(slips.Above(reps[i], minConf), rule))
		}
		sc, err := slips.Score(ss, res)
		if err != nil {
			return err
		}
		ic := sc.InjectedConflicts
		fmt.Printf("rule %s alone: injected conflicts P=%.2f R=%.2f (tp=%d fp=%d)\n", rule, ic.Precision(), ic.Recall(), ic.TP, ic.FP)
	}
	return nil
}

// inferred is the checker's pair for an unlabelled article: the
// participants of a bilateral first scope, none otherwise.
func inferred(c *consistency.Checker, text []byte) ([]string, error) {
	rep, err := c.Check(text)
	if err != nil {
		return nil, err
	}
	if len(rep.Scopes) == 0 || rep.Scopes[0].Kind != "bilateral" {
		return nil, nil
	}
	return rep.Scopes[0].Participants, nil
}
