package consistency

import (
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// The finding messages in the checker's language (Options.Language). Each
// sets f.Args to the arguments of the kind's English message
// (finding.KindInfo.Message) and f.Message to the message in the
// checker's language: English with those arguments (f.SetMessage), or the
// Arabic entry of the same key (internal/i18n) with the names in Arabic.

// conflictMessage sets the message of a country conflict: rule is the
// conflict rule's message (%s in it stands for the state's name; it is
// never a format: a rules file's % signs are printed as written), role
// the role word of the expected participant ("counterpart", "host",
// "participant").
//
// The message depends on nothing but these and the finding's kind, so
// each is rendered once per Checker and kept (up to maxCachedMessages of
// them); a finding gets its own copy of the arguments.
func (c *Checker) conflictMessage(f *Finding, rule, entity, role, expected string) {
	key := messageKey{f.Kind, rule, entity, role, expected}
	if v, ok := c.messages.Load(key); ok {
		m := v.(*renderedMessage)
		f.Args = append([]any(nil), m.args...)
		f.Message = m.text
		return
	}
	c.renderConflictMessage(f, rule, entity, role, expected)
	if c.cachedMessages.Add(1) <= maxCachedMessages {
		c.messages.Store(key, &renderedMessage{args: append([]any(nil), f.Args...), text: f.Message})
	}
}

// maxCachedMessages bounds the conflict messages a Checker keeps: the
// rules' messages times the states named and expected, which a long-running
// service could otherwise grow without end.
const maxCachedMessages = 1 << 12

// messageKey is what a conflict message depends on.
type messageKey struct {
	kind                         finding.Kind
	rule, entity, role, expected string
}

// renderedMessage is a conflict message's arguments and text.
type renderedMessage struct {
	args []any
	text string
}

// renderConflictMessage renders the message of conflictMessage.
func (c *Checker) renderConflictMessage(f *Finding, rule, entity, role, expected string) {
	args := []any{ruleMessage(rule, c.englishName(entity)), role, c.englishName(expected)}
	if c.lang == i18n.English {
		f.SetMessage(args...)
		return
	}
	f.Args = args
	p := c.lang.Printer()
	translated := ruleMessage(rule, c.arabicName(entity)) // a rule the catalog does not know
	if i18n.Has(c.lang, rule) {
		translated = p.T(rule, c.arabicName(entity)) // the catalog's entries are checked formats
	}
	f.Message = p.T(kindMessage(f.Kind), translated, p.Word(role), c.arabicName(expected))
}

// ruleMessage is a rule's message with each %s replaced by name.
func ruleMessage(rule, name string) string {
	return strings.ReplaceAll(rule, "%s", name)
}

// variantMessage sets the message of a name variant: forms are the
// spellings found (each once), canon the spelling to use, known the
// person when the gazetteer knows them.
//
// The text depends on nothing but these, so it is rendered once per
// Checker and kept, as conflictMessage's are.
func (c *Checker) variantMessage(f *Finding, known *entities.Entity, forms []string, canon string) {
	who := "a person"
	if known != nil {
		who = known.English
	}
	f.Args = []any{who, len(forms), finding.Quoted(forms), canon}
	id := ""
	if known != nil {
		id = known.ID
	}
	key := variantKey{f.Kind, id, joinForms(forms), canon}
	if v, ok := c.messages.Load(key); ok {
		f.Message = v.(string)
		return
	}
	c.renderVariantMessage(f, known, forms, canon)
	if c.cachedMessages.Add(1) <= maxCachedMessages {
		c.messages.Store(key, f.Message)
	}
}

// variantKey is what a name variant's message depends on (forms as
// joinForms writes them).
type variantKey struct {
	kind                finding.Kind
	known, forms, canon string
}

// joinForms writes forms as one string, each preceded by its length, so
// that no two lists of forms give the same string.
func joinForms(forms []string) string {
	var b strings.Builder
	for _, w := range forms {
		b.WriteString(strconv.Itoa(len(w)))
		b.WriteByte(':')
		b.WriteString(w)
	}
	return b.String()
}

// renderVariantMessage renders the message of variantMessage (f.Args are
// set).
func (c *Checker) renderVariantMessage(f *Finding, known *entities.Entity, forms []string, canon string) {
	if c.lang == i18n.English {
		f.SetMessage(f.Args...)
		return
	}
	ar := c.lang.Printer()
	who := ar.T("a person")
	if known != nil && len(known.Names) > 0 {
		who = known.Names[0]
	}
	f.Message = ar.T(kindMessage(f.Kind), who, len(forms), ar.List(forms), canon)
}

// givenNameMessage sets the message of a wrong given name: given is the
// given name written, k the official.
func (c *Checker) givenNameMessage(f *Finding, k *entities.Entity, given string) {
	args := []any{k.English, given, k.Names[0]}
	if c.lang == i18n.English {
		f.SetMessage(args...)
		return
	}
	f.Args = args
	f.Message = c.lang.Printer().T(kindMessage(f.Kind), k.Names[0], given, k.Names[0])
}

// hiddenMessage sets the message of a hidden control: controls name each
// control ("U+200F RIGHT-TO-LEFT MARK"), in is the text they hide in.
func (c *Checker) hiddenMessage(f *Finding, controls []string, in string) {
	args := []any{strings.Join(controls, ", "), in}
	if c.lang == i18n.English {
		f.SetMessage(args...)
		return
	}
	f.Args = args
	f.Message = c.lang.Printer().T(kindMessage(f.Kind), strings.Join(controls, "، "), in)
}

// kindMessage is the catalog key of a kind's message: its English text.
func kindMessage(k finding.Kind) string {
	info, _ := finding.Info(k)
	return info.Message
}

// englishName is the English name of an entity, or its id.
func (c *Checker) englishName(id string) string {
	if e, ok := c.g.Lookup(id); ok && e.English != "" {
		return e.English
	}
	return id
}

// arabicName is the canonical Arabic name of an entity, or its English
// name.
func (c *Checker) arabicName(id string) string {
	if e, ok := c.g.Lookup(id); ok && len(e.Names) > 0 {
		return e.Names[0]
	}
	return c.englishName(id)
}
