// Package zhnames gives the Simplified Chinese short names of the
// gazetteer's states, as CLDR (golang.org/x/text/language/display) has them.
// It is kept apart from package confusable so that only the generator and
// the tests link x/text's display tables.
package zhnames

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/nazir-nlp/nazir/entities"
)

// Simplified maps each country id of g that CLDR names to its Simplified
// Chinese short name (AZ → 阿塞拜疆).
func Simplified(g *entities.Gazetteer) map[string]string {
	namer := display.Regions(language.SimplifiedChinese)
	out := map[string]string{}
	for _, e := range g.ByKind(entities.Country) {
		r, err := language.ParseRegion(e.ID)
		if err != nil {
			continue
		}
		if n := namer.Name(r); n != "" {
			out[e.ID] = n
		}
	}
	return out
}
