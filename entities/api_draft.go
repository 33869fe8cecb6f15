package entities

// API DRAFT written by the lead so that the checker can compile against it.
// The entities/ helper owns this package and replaces this file with the real
// implementation, keeping these exported names and semantics (additions welcome).

import (
	"io"
	"time"

	"github.com/nazir-nlp/nazir/arabic"
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

// Nisba holds a country's (or group's) relational adjective, indefinite forms.
// Definite and clitic forms are derived by rule.
type Nisba struct {
	M   []string // masculine singular: أذربيجاني (first is canonical)
	F   []string // feminine singular: أذربيجانية
	MPl []string // masculine plural: أذربيجانيون / أفغان
	FPl []string // feminine plural: أذربيجانيات
}

// Entity is one gazetteer entry.
type Entity struct {
	ID      string
	Kind    Kind
	English string
	Names   []string // Arabic names, first canonical (used in suggestions)
	Nisba   Nisba
	Capital []string // capitals' Arabic names (countries), first canonical
	Cities  []string // other cities (dateline evidence)
	Members []string // member country ids (groups, organisations)
	Country string   // people, agencies, titles: country id
	Office  string   // people: "foreign-minister", "head-of-state", "head-of-government", ...
	Given   []string // people: given-name forms (for wrong-given-name checks)
	Surname []string // people: surname forms
	From    time.Time
	To      time.Time // zero = open
	Source  string    // file:line where defined
}

// Gazetteer is a loaded, validated set of entities.
type Gazetteer struct {
	Entities []*Entity
	byID     map[string]*Entity
}

// Lookup returns the entity with this id.
func (g *Gazetteer) Lookup(id string) (*Entity, bool) { e, ok := g.byID[id]; return e, ok }

// Load reads and validates a gazetteer; name is used in error messages.
func Load(r io.Reader, name string) (*Gazetteer, error) { panic("draft") }

// Merge returns base with overlay entries added or overriding by id.
func Merge(base, overlay *Gazetteer) (*Gazetteer, error) { panic("draft") }

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

// Gender/number of a nisba mention.
type Gender uint8

const (
	Masculine Gender = iota + 1
	Feminine
)

type Number uint8

const (
	Singular Number = iota + 1
	Plural
)

// Mention is one entity mention, spans in ORIGINAL bytes.
type Mention struct {
	Start, End         int      // original bytes of the mention, proclitics (و ب ل ك ف) excluded; a merged لل keeps its second lam (the article) inside
	NormStart, NormEnd int      // the same in Text.Norm
	FirstTok, LastTok  int      // token indices (inclusive) in Text.Tokens
	Text               string   // original text of [Start,End)
	Entities           []string // candidate ids; >1 when ambiguous
	Kind               Kind
	Form               Form
	Prefix             string // proclitics outside the span, normalised ("و", "ب", "ول")
	Definite           bool   // has the article (ال) inside the span
	Gender             Gender // nisba only
	Number             Number // nisba only
}

// Tagger is compiled once from a gazetteer; immutable, safe for concurrent use.
type Tagger struct{}

// NewTagger compiles g.
func NewTagger(g *Gazetteer, n *arabic.Normalizer) (*Tagger, error) { panic("draft") }

// Tag returns the mentions in t, leftmost-longest, in text order.
func (tg *Tagger) Tag(t *arabic.Text) []Mention { panic("draft") }
