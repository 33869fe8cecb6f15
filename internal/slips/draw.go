package slips

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LoadReleases reads the releases of dir that labels.json lists, keeping
// those clean or labelled ones a slip can be injected into (two
// participants, not multilateral).
func LoadReleases(dir string) ([]Release, error) {
	lp := filepath.Join(dir, "labels.json")
	b, err := os.ReadFile(lp)
	if err != nil {
		return nil, fmt.Errorf("slips: %w", err)
	}
	var labels map[string]Labels
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("slips: %s: %w", lp, err)
	}
	names := make([]string, 0, len(labels))
	for n := range labels {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Release
	for _, n := range names {
		l := labels[n]
		if l.Multilateral || len(l.Participants) != 2 {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("slips: %w", err)
		}
		out = append(out, Release{Name: n, Text: text, Labels: l})
	}
	return out, nil
}

// InferReleases reads the *.txt files of dir, which carry no labels (real
// articles), and keeps those whose participants parts names two states: a
// checker's own inference, or any documented heuristic. Their slips
// measure recall in real prose; the articles' own slips, if any, are not
// labelled, so precision there is a lower bound.
func InferReleases(dir string, parts func(text []byte) ([]string, error)) ([]Release, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("slips: %w", err)
	}
	sort.Strings(names)
	var out []Release
	for _, n := range names {
		text, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("slips: %w", err)
		}
		ps, err := parts(text)
		if err != nil {
			return nil, fmt.Errorf("slips: %s: %w", n, err)
		}
		if len(ps) != 2 {
			continue
		}
		out = append(out, Release{Name: filepath.Base(n), Text: text,
			Labels: Labels{Participants: ps, Conflicts: []Conflict{}, Variants: []Variant{}}})
	}
	return out, nil
}

// Draw injects n slips into the releases, cycling through kinds, each drawn
// with its own random source seeded by (seed, index): the same seed gives
// the same draw. A release with no place for a kind is skipped for the
// next one. Slips are named NNN-kind-source.
func (gen *Generator) Draw(rs []Release, kinds []Kind, n int, seed uint64) ([]Slip, error) {
	return gen.DrawCapped(rs, kinds, n, seed, 0)
}

// DrawCapped is Draw that takes at most perSource slips from any one
// release (no bound when perSource is 0 or less): when few releases have
// a place for a kind (a person named twice, in published prose), an
// uncapped draw of many slips rests on those few, and its figure moves by
// many slips for each rule that reads one of them. A draw slot whose
// releases are all at the cap or have no place is left out, so that fewer
// than n slips may come back. The same seed and cap give the same draw.
func (gen *Generator) DrawCapped(rs []Release, kinds []Kind, n int, seed uint64, perSource int) ([]Slip, error) {
	if len(rs) == 0 || len(kinds) == 0 {
		return nil, errors.New("slips: nothing to draw from")
	}
	var out []Slip
	taken := make([]int, len(rs)) // slips drawn from each release
	for i := 0; i < n; i++ {
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		k := kinds[i%len(kinds)]
		first := rng.IntN(len(rs))
		for j := 0; j < len(rs); j++ {
			ri := (first + j) % len(rs)
			if perSource > 0 && taken[ri] >= perSource {
				continue
			}
			r := rs[ri]
			s, err := gen.Inject(r, k, rng)
			if errors.Is(err, ErrNoSite) {
				continue
			}
			if err != nil {
				return nil, err
			}
			s.Name = fmt.Sprintf("%03d-%s-%s", i, k, strings.TrimSuffix(r.Name, ".txt")) + ".txt"
			out = append(out, s)
			taken[ri]++
			break
		}
	}
	return out, nil
}

// Write writes the slips and their labels.json into dir (created).
func Write(dir string, ss []Slip) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("slips: %w", err)
	}
	labels := map[string]Labels{}
	for _, s := range ss {
		if err := os.WriteFile(filepath.Join(dir, s.Name), s.Text, 0o644); err != nil {
			return fmt.Errorf("slips: %w", err)
		}
		labels[s.Name] = s.Labels
	}
	b, err := WriteLabels(labels)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "labels.json"), b, 0o644); err != nil {
		return fmt.Errorf("slips: %w", err)
	}
	return nil
}
