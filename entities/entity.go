// Package entities holds the gazetteer model (countries, groups of countries,
// organisations, regions, people, news agencies and titles), its YAML loader
// and validator, and the Tagger that finds entity mentions in normalised
// Arabic text.
//
// # Gazetteer
//
// Load (or LoadFile) reads gazetteer.yaml and validates it; every error
// names file:line and the field. Parse checks one file alone (an overlay
// that refers to countries of a base gazetteer) and Merge validates base and
// overlay together. Input is limited to MaxFileSize bytes and MaxDepth
// nesting levels, and YAML anchors and aliases are refused, so an alias bomb
// or a deeply nested document fails fast.
//
// # Surface forms
//
// Surface forms are data: a gazetteer lists names and the masculine singular
// nisba (relational adjective) of each country; the other forms are derived
// by rule when a Tagger is compiled:
//
//   - nisba X (أذربيجاني): feminine X+ة unless nisba_f is given; plurals X+ون,
//     X+ين (reported Plural: the ending is shared with the oblique dual),
//     F−ة+ات; duals X+ان, F−ة+تان, F−ة+تين (Dual); broken plurals from
//     nisba_pl; each also with the article ال.
//   - every form with the proclitics و ف (conjunction) and ب ل ك
//     (preposition) and their sequences; ل before the article merges into
//     لل (للصين). The proclitics stay outside the mention's span, the
//     article inside it.
//   - people: the listed full names, every given+surname combination, and a
//     surname alone (one word or several: عبد العاطي) when it has at least 4
//     letters (without a leading ال), is not a patronymic or family chain
//     (بن زايد، آل ثاني) and is not listed under homographs (a surname that
//     is also a common word).
//     Derived person forms never conflict: several people may share them, and
//     any listed form of another entity wins over them.
//   - countries' English names (en, en_alt) match Latin tokens,
//     case-insensitively.
//
// Forms are compared after normalisation (arabic.DefaultOptions). A form
// claimed by two entities must be listed under ambiguous (an entry naming
// any form of a nisba family covers the family); its mentions carry all
// candidates. Forms listed under homographs are also ordinary words; their
// mentions carry Weak.
//
// # Tagging
//
// Tag is leftmost-longest over tokens: a multi-word name wins over its first
// word (غينيا بيساو over غينيا), a whole word over a proclitic reading of it
// (لبنان is never ل + بنان), words only match whole (مصراتة is not مصر).
package entities

import (
	"fmt"
	"strings"
	"time"
)

// Kind is what an entity is.
type Kind uint8

const (
	Country      Kind = iota + 1 // ISO 3166-1 alpha-2 id ("AZ")
	Group                        // group of countries with members ("arab-states")
	Organisation                 // organisation ("un", "sco"); may have members
	Region                       // geographic region ("middle-east")
	Person                       // official with country and office
	Agency                       // news agency with its country ("spa" → SA)
	Title                        // a title implying a state ("خادم الحرمين الشريفين" → SA)
)

var kindNames = [...]string{"", "country", "group", "organisation", "region", "person", "agency", "title"}

// String returns the lower-case name of the kind ("country").
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Nisba holds a country's (or group's) relational adjective, indefinite forms.
// Definite and clitic forms are derived by rule.
type Nisba struct {
	M   []string // masculine singular: أذربيجاني (first is canonical)
	F   []string // feminine singular: أذربيجانية
	MPl []string // masculine plural: أذربيجانيون / أفغان
	FPl []string // feminine plural: أذربيجانيات
}

// Entity is one gazetteer entry. Which fields are used depends on Kind.
type Entity struct {
	ID      string
	Kind    Kind
	English string
	EnAlt   []string // other English names (Latin-script matching for countries)
	Names   []string // Arabic names, first canonical (used in suggestions)
	Nisba   Nisba
	Capital []string // capitals' Arabic names (countries), first canonical
	Cities  []string // other cities (dateline evidence)
	Members []string // member country ids (groups, organisations, regions)
	Country string   // people, agencies, titles: country id ("" = international agency)
	Office  string   // people: "foreign-minister", "head-of-state", "head-of-government", ...
	// Org is, for an official of an international organisation (its
	// secretary-general, its president), the id of the group or
	// organisation whose office the entry is ("un", "arab-states");
	// Country is then the official's nationality, not a state they speak
	// for. "" for a state's official.
	Org     string
	Given   []string // people: given-name forms (for wrong-given-name checks)
	Surname []string // people: surname forms
	// SourceNames are a person's names in the source languages of a
	// translation (names_en, names_zh, names_fr, names_ru, names_es), keyed
	// by language ("zh"), first canonical; nil when none is given. The
	// Arabic tagger does not use them.
	SourceNames map[string][]string
	// From and To are a person's tenure in the office, as the gazetteer
	// gives them: the first day of the date written (from: 2017 is 1
	// January 2017). To zero is open (still in office); InOffice reads a
	// To given as a year or a month as its whole year or month.
	From   time.Time
	To     time.Time
	Source string // file:line where defined
	Line   int    // line where defined (1-based)
	// Provenance says where a person's facts come from, as written in the
	// entry's source field ("Wikidata Q7747; Arabic: label").
	Provenance string

	// brokenPl are the broken plurals listed in nisba_pl (Nisba.MPl also
	// holds the derived sound plurals).
	brokenPl []string
	// toEnd is the first day after To's year, month or day, as written
	// (zero: To's day).
	toEnd time.Time
}

// Reference says whether the entry comes from a generated reference list
// of officials (gazetteer/officials-*.yaml): its source says how its Arabic
// was made from data ("Wikidata Q7747; Arabic: tokens"). A hand-written
// entry has no source, or one that says its Arabic is by hand
// ("Wikidata Q1253; Arabic: hand", "hand").
func (e *Entity) Reference() bool {
	_, ar, ok := strings.Cut(e.Provenance, "Arabic: ")
	return ok && !strings.HasPrefix(ar, "hand")
}

// InOffice says whether the person held the entry's office on day t: from
// From to To inclusive, a To written as a year or a month covering all of
// it (to: 2010 ends on 31 December 2010). An entry without a tenure is
// always in office.
func (e *Entity) InOffice(t time.Time) bool {
	if !e.From.IsZero() && t.Before(e.From) {
		return false
	}
	if e.To.IsZero() {
		return true
	}
	end := e.toEnd
	if end.IsZero() {
		end = e.To.AddDate(0, 0, 1)
	}
	return t.Before(end)
}

// BrokenPlurals returns the irregular (broken) masculine plurals listed in
// nisba_pl (أفغان، أتراك); Nisba.MPl also holds the derived sound plurals.
func (e *Entity) BrokenPlurals() []string { return e.brokenPl }

// Form is how a mention names its entity.
type Form uint8

const (
	FormName    Form = iota + 1 // أذربيجان، الدول العربية
	FormNisba                   // الأذربيجاني، العربية
	FormCapital                 // باكو
	FormCity                    // other city
	FormPerson                  // a person's name or surname
	FormAgency                  // واس
	FormTitle                   // خادم الحرمين الشريفين
)

var formNames = [...]string{"", "name", "nisba", "capital", "city", "person", "agency", "title"}

// String returns the lower-case name of the form ("nisba"), as used in the
// JSON report.
func (f Form) String() string {
	if int(f) < len(formNames) && f != 0 {
		return formNames[f]
	}
	return fmt.Sprintf("Form(%d)", uint8(f))
}

// MarshalText implements encoding.TextMarshaler.
func (f Form) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// Gender of a nisba mention.
type Gender uint8

const (
	Masculine Gender = iota + 1
	Feminine
)

// String returns "masculine" or "feminine" ("" for the zero value).
func (g Gender) String() string {
	switch g {
	case Masculine:
		return "masculine"
	case Feminine:
		return "feminine"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// Number of a nisba mention.
type Number uint8

const (
	Singular Number = iota + 1
	Plural
	// Dual is set for the unambiguous dual endings (-ان, -تان, -تين). The
	// ending -ين is shared by the masculine dual and the oblique sound plural;
	// it is reported as Plural.
	Dual
)

// String returns "singular", "plural" or "dual" ("" for the zero value).
func (n Number) String() string {
	switch n {
	case Singular:
		return "singular"
	case Plural:
		return "plural"
	case Dual:
		return "dual"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (n Number) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// Gazetteer is a loaded, validated set of entities. Treat it as read-only
// once loaded; Merge returns a new one.
type Gazetteer struct {
	Entities []*Entity
	// Homographs are surface forms that are also ordinary words (مالي);
	// their mentions carry Weak = true. As written in the file.
	Homographs []string
	// AmbiguousForms are surface forms several entities legitimately share
	// (الكوري → KP, KR). As written in the file.
	AmbiguousForms []string

	byID map[string]*Entity
	name string // file name for messages
	// "file:line" of each homographs/ambiguous entry, parallel to the slices
	homSrc, ambSrc []string
	// includes are the files this file's include section names, as
	// written, and where each is named (resolved by ParseFS).
	includes, incSrc []string
}

// Lookup returns the entity with this id.
func (g *Gazetteer) Lookup(id string) (*Entity, bool) { e, ok := g.byID[id]; return e, ok }

// ByKind returns the entities of kind k, in file order.
func (g *Gazetteer) ByKind(k Kind) []*Entity {
	var out []*Entity
	for _, e := range g.Entities {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// Name returns the name the gazetteer was loaded under (for messages).
func (g *Gazetteer) Name() string { return g.name }
