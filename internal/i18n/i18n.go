// Package i18n holds nazir's message catalogs: the Arabic and English text
// of every message nazir shows a person (finding messages, the HTML
// report's headings, the web page, the CLI's errors and summaries).
//
// Messages are keyed by their English text, as gettext and
// golang.org/x/text/message do: a call site reads
//
//	p := i18n.Arabic.Printer()
//	s := p.T("%d files checked", n)
//
// and prints the Arabic entry of that key, or the key itself as an fmt
// format when the language is English or the key has no entry (a rule
// added by a user's rules file, say). Every entry is checked by the tests:
// its fmt verbs match the key's, and every literal key passed to a
// Printer's T, Error or Fprint in the module has an Arabic entry.
//
// Arabic is written with Western digits (as most Arab news sites print
// them and as line and column numbers are printed); plural forms follow
// Arabic's rules (dual, 3–10, 11 and more).
package i18n

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Lang is a language nazir speaks. The zero value is Arabic.
type Lang uint8

// The languages of the catalogs.
const (
	Arabic Lang = iota
	English
)

// Langs lists the languages nazir speaks, default first.
func Langs() []Lang { return []Lang{Arabic, English} }

// ErrUnknownLang is returned by Parse for a language nazir does not speak.
var ErrUnknownLang = errors.New("unknown language (want ar or en)")

// Parse reads a language name: "ar" or "en", any BCP 47 tag of those
// languages ("ar-EG", "en-GB"), or "arabic"/"english"; "" is Arabic.
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "ar", "arabic", "عربي", "العربية":
		return Arabic, nil
	case "en", "english":
		return English, nil
	}
	t, err := language.Parse(s)
	if err != nil {
		return Arabic, fmt.Errorf("%q: %w", s, ErrUnknownLang)
	}
	switch base, _ := t.Base(); base.String() {
	case "ar":
		return Arabic, nil
	case "en":
		return English, nil
	}
	return Arabic, fmt.Errorf("%q: %w", s, ErrUnknownLang)
}

// String is the language's BCP 47 code: "ar" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "ar"
}

// Dir is the writing direction, for HTML's dir attribute: "rtl" or "ltr".
func (l Lang) Dir() string {
	if l == English {
		return "ltr"
	}
	return "rtl"
}

// tag is the language tag the printer formats with: Arabic with Western
// digits.
func (l Lang) tag() language.Tag {
	if l == English {
		return language.English
	}
	return arabicLatn
}

var arabicLatn = language.MustParse("ar-u-nu-latn")

// Printer formats messages in one language. It is a small value, safe for
// concurrent use; the zero Printer prints Arabic.
type Printer struct {
	lang Lang
	p    *message.Printer
}

// Printer returns the language's printer.
func (l Lang) Printer() Printer {
	if l != English {
		l = Arabic
	}
	return printers()[l]
}

// printers builds the two printers once; they are never changed after.
var printers = sync.OnceValue(func() [2]Printer {
	cat := buildCatalog()
	var ps [2]Printer
	for _, l := range Langs() {
		ps[l] = Printer{lang: l, p: message.NewPrinter(l.tag(), message.Catalog(cat))}
	}
	return ps
})

// Lang is the printer's language.
func (p Printer) Lang() Lang { return p.lang }

// T formats the message key (an fmt format in English) in the printer's
// language with args.
//
// A message without plural forms and without a number among args is looked
// up in the catalog's table and formatted with fmt (a quarter of the cost
// of x/text's printer, which the checker would pay for every finding); a
// message with plural forms or numbers goes through x/text's printer,
// which picks the form by the count and writes numbers as the language
// does (1,500).
func (p Printer) T(key string, args ...any) string {
	i, ok := arabicIndex()[key]
	switch {
	case hasNumber(args):
		// x/text's printer writes numbers as the language does (1,500).
	case p.lang == English && !isEnglishPlural(key):
		return fmt.Sprintf(key, args...)
	case p.lang != English && ok && i < len(arabic):
		return fmt.Sprintf(arabic[i].text, args...)
	case p.lang != English && !ok:
		return fmt.Sprintf(key, args...) // no entry: the English format
	}
	return p.mp().Sprintf(key, args...)
}

// hasNumber reports whether an argument is a number.
func hasNumber(args []any) bool {
	for _, a := range args {
		switch a.(type) {
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64:
			return true
		}
	}
	return false
}

// isEnglishPlural reports whether key has English plural forms.
func isEnglishPlural(key string) bool {
	for _, e := range englishPlurals {
		if e.key == key {
			return true
		}
	}
	return false
}

// mp is the x/text printer (the language's, for a zero Printer).
func (p Printer) mp() *message.Printer {
	if p.p == nil {
		return p.lang.Printer().p
	}
	return p.p
}

// Word translates a word or phrase that is not a format (a role, a kind,
// an evidence note): its Arabic entry, or word itself when it has none or
// the language is English. Unlike T, a '%' in word is printed as is.
func (p Printer) Word(word string) string {
	if p.lang == English {
		return word
	}
	if i, ok := arabicIndex()[word]; ok && i < len(arabic) {
		return arabic[i].text
	}
	return word
}

// Fprint writes the message key formatted with args to w.
func (p Printer) Fprint(w io.Writer, key string, args ...any) (int, error) {
	return io.WriteString(w, p.T(key, args...))
}

// Error returns an error whose text is the message key formatted with args.
// An error among args is printed with its Error text; Error does not wrap
// (use fmt.Errorf with %w around it when a caller must test the cause).
func (p Printer) Error(key string, args ...any) error {
	return errors.New(p.T(key, args...))
}

// Has reports whether key has an entry in language l (English has every
// key: the key is its English text).
func Has(l Lang, key string) bool {
	if l == English {
		return true
	}
	_, ok := arabicIndex()[key]
	return ok
}

// List joins items as a list in the language: "“a”, “b”" in English,
// "«a»، «b»" in Arabic.
func (p Printer) List(items []string) string {
	var b strings.Builder
	for i, s := range items {
		if i > 0 {
			if p.lang == English {
				b.WriteString(", ")
			} else {
				b.WriteString("، ")
			}
		}
		b.WriteString(p.Quote(s))
	}
	return b.String()
}

// Quote puts s in the language's quotation marks: “s” or «s».
func (p Printer) Quote(s string) string {
	if p.lang == English {
		return "“" + s + "”"
	}
	return "«" + s + "»"
}

// arabicIndex maps each key of the Arabic table to its entry.
var arabicIndex = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(arabic)+len(arabicPlurals))
	for i, e := range arabic {
		m[e.key] = i
	}
	for i, e := range arabicPlurals {
		m[e.key] = len(arabic) + i
	}
	return m
})

// entry is one message: the key (its English text) and its translation.
type entry struct{ key, text string }

// pluralEntry is a message whose text depends on a count: the count is
// argument arg (1-based) and the forms are given as
// plural.Selectf's cases ("=0", "=1", "=2", "few", "many", "other").
type pluralEntry struct {
	key   string
	arg   int
	cases []any
}

func buildCatalog() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, e := range arabic {
		mustSet(b.SetString(language.Arabic, e.key, e.text))
	}
	for _, e := range arabicPlurals {
		mustSet(b.Set(language.Arabic, e.key, selectf(e)))
	}
	for _, e := range englishPlurals {
		mustSet(b.Set(language.English, e.key, selectf(e)))
	}
	return b
}

// mustSet: the catalog is built from this package's constant tables, which
// the tests build; an error here is a bug in a table, found by every test.
func mustSet(err error) {
	if err != nil {
		panic("i18n: bad catalog entry: " + err.Error())
	}
}
