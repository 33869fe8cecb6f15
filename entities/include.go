package entities

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
)

// MaxIncludeDepth is how deeply gazetteer files may include one another.
const MaxIncludeDepth = 8

// ErrInclude is wrapped by the error for a gazetteer whose include section
// cannot be followed: given to Parse (a reader has no folder), a file that
// leaves its folder, a cycle, or includes nested deeper than
// MaxIncludeDepth.
var ErrInclude = errors.New("include")

// LoadFS reads the gazetteer file name from fsys with the files it includes,
// and validates the whole: how a gazetteer split over several files (the
// embedded one has a file per region for its officials) is read from an
// embed.FS or os.DirFS.
func LoadFS(fsys fs.FS, name string) (*Gazetteer, error) {
	g, err := ParseFS(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// ParseFS is Parse on the file name of fsys, followed by the files listed in
// its include section (paths relative to the including file's folder, in
// the form fs.ValidPath accepts), recursively. The entries of an included
// file count as if they stood in the including file: an id defined twice
// is an error, not an override (overlays are Merge's).
func ParseFS(fsys fs.FS, name string) (*Gazetteer, error) {
	return parseFS(fsys, name, name)
}

// parseFS parses name in fsys; display is how messages name it.
func parseFS(fsys fs.FS, name, display string) (*Gazetteer, error) {
	return parseIncluding(fsys, name, display, nil)
}

func parseIncluding(fsys fs.FS, name, display string, stack []string) (*Gazetteer, error) {
	for _, s := range stack {
		if s == name {
			return nil, fmt.Errorf("gazetteer %s: %w: %s includes itself", display, ErrInclude, name)
		}
	}
	if len(stack) > MaxIncludeDepth {
		return nil, fmt.Errorf("gazetteer %s: %w: includes nested deeper than %d", display, ErrInclude, MaxIncludeDepth)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", display, err)
	}
	defer f.Close()
	g, err := parseReader(f, display)
	if err != nil {
		return nil, err
	}
	stack = append(stack, name)
	incs, srcs := g.includes, g.incSrc
	g.includes, g.incSrc = nil, nil
	for i, inc := range incs {
		target := path.Join(path.Dir(name), inc)
		if !fs.ValidPath(target) || path.IsAbs(inc) {
			return nil, fmt.Errorf("gazetteer %s: %w: %q is outside the gazetteer's folder", srcs[i], ErrInclude, inc)
		}
		sub, err := parseIncluding(fsys, target, path.Join(path.Dir(display), inc), stack)
		if err != nil {
			return nil, err
		}
		for _, e := range sub.Entities {
			if prev, dup := g.byID[e.ID]; dup {
				return nil, fmt.Errorf("gazetteer %s: %w: duplicate id %q (first defined at %s)", e.Source, ErrSchema, e.ID, prev.Source)
			}
			g.byID[e.ID] = e
			g.Entities = append(g.Entities, e)
		}
		g.Homographs = append(g.Homographs, sub.Homographs...)
		g.homSrc = append(g.homSrc, sub.homSrc...)
		g.AmbiguousForms = append(g.AmbiguousForms, sub.AmbiguousForms...)
		g.ambSrc = append(g.ambSrc, sub.ambSrc...)
	}
	return g, nil
}
