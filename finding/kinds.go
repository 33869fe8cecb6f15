package finding

import "fmt"

// KindInfo is everything nazir says about a kind of finding. The text,
// HTML and SARIF writers take a kind's name, severity, descriptions and
// layout from here, and a message catalog translates the kind's Message
// (its key) with the finding's Args.
type KindInfo struct {
	// Kind is the id (the JSON "kind", the SARIF rule id).
	Kind Kind
	// Name is the CamelCase name (the SARIF rule name).
	Name string
	// Severity is the severity findings of the kind are given by default
	// (a country-conflict of low confidence is lowered to a warning). Its
	// SARIFLevel is the SARIF rule's default level.
	Severity Severity
	// Short is a one-sentence description, Full a paragraph, Help what the
	// writer should do about it.
	Short, Full, Help string
	// Message is the English text of the finding message and its key in
	// message catalogs: a fmt format whose arguments are the finding's
	// Args, named in order by MessageArgs.
	Message     string
	MessageArgs []string
	// Spellings: the finding's Mentions are the spellings of one name and
	// Canonical the spelling to use (writers list and link them).
	Spellings bool
}

// SARIFLevel is the SARIF level of the kind's default severity.
func (k KindInfo) SARIFLevel() string { return k.Severity.SARIFLevel() }

// kinds is the table of finding kinds, in the order writers list them.
var kinds = [...]KindInfo{
	{
		Kind: CountryConflict, Name: "CountryConflict", Severity: SeverityError,
		Short: "A country or group stands where a participant is meant.",
		Full:  "A country, group or capital is named where the text speaks of a party of the meeting (\"the X side\", \"X adheres to the one-China principle\", \"relations between China and X\"), but X is not a participant of the release.",
		Help:  "Replace the name with the participant's name in the same grammatical form (the fix does that).",
		// The rule's message (rules.yaml, with the English name of the
		// state found) is the first argument; the catalog can key it by
		// the finding's Rule.
		Message:     "%s; the release's %s is %s",
		MessageArgs: []string{"rule message", "role word (participant, host, guest)", "expected participant"},
	},
	{
		Kind: NameVariant, Name: "NameVariant", Severity: SeverityWarning,
		Short:       "One person's name is written in two or more spellings.",
		Full:        "The mentions of one person (clustered by phonetic key and context) use different spellings; a release should use one.",
		Help:        "Use one spelling throughout; the canonical spelling is in the result's properties.",
		Message:     "%s is spelled %d ways: %s; use one spelling (%s)",
		MessageArgs: []string{"person", "number of spellings", "spellings (Quoted)", "canonical spelling"},
		Spellings:   true,
	},
	{
		Kind: WrongGivenName, Name: "WrongGivenName", Severity: SeverityWarning,
		Short:       "An official is written with a given name that is not theirs.",
		Full:        "A person the gazetteer knows is written with another given name.",
		Help:        "Use the official's given name.",
		Message:     "%s is written with the given name “%s”; the gazetteer knows %s",
		MessageArgs: []string{"official", "given name written", "name the gazetteer knows"},
	},
	{
		Kind: HiddenControl, Name: "HiddenControl", Severity: SeverityWarning,
		Short:       "A bidi or zero-width control hides inside a flagged span or a name.",
		Full:        "An invisible bidirectional or zero-width control character inside a mention makes the text display differently from what it says.",
		Help:        "Delete the control character.",
		Message:     "invisible control %s in “%s”: the text displays differently from what it says",
		MessageArgs: []string{"controls (U+XXXX NAME, …)", "text they hide in"},
	},
}

// Kinds returns the table of finding kinds (a copy), in the order writers
// list them.
func Kinds() []KindInfo {
	out := make([]KindInfo, len(kinds))
	copy(out, kinds[:])
	return out
}

// Info returns the table row of kind k. For a kind not in the table it
// returns a row that says only that: Name from the id, severity warning,
// a generic short description, and false.
func Info(k Kind) (KindInfo, bool) {
	for i := range kinds {
		if kinds[i].Kind == k {
			return kinds[i], true
		}
	}
	return KindInfo{Kind: k, Name: camel(string(k)), Severity: SeverityWarning,
		Short: "nazir finding of kind " + string(k) + "."}, false
}

// SetMessage sets f.Args to args and f.Message to the English message of
// f.Kind with them. A kind not in the table gets the arguments joined as
// fmt.Sprint does.
func (f *Finding) SetMessage(args ...any) {
	f.Args = args
	if k, ok := Info(f.Kind); ok {
		f.Message = fmt.Sprintf(k.Message, args...)
		return
	}
	f.Message = fmt.Sprint(args...)
}

// camel turns "country-conflict" into "CountryConflict".
func camel(s string) string {
	b := make([]rune, 0, len(s))
	up := true
	for _, r := range s {
		if r == '-' || r == '_' || r == ' ' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b = append(b, r)
	}
	return string(b)
}

// Quoted is a list of texts as a message argument: %s gives each in
// English quotation marks, comma-separated (“a”, “b”); a catalog in
// another language can quote and join the texts its own way.
type Quoted []string

// String gives “a”, “b”.
func (q Quoted) String() string {
	n := 0
	for _, s := range q {
		n += len(s) + len("“”, ")
	}
	b := make([]byte, 0, n)
	for i, s := range q {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, "“"...)
		b = append(b, s...)
		b = append(b, "”"...)
	}
	return string(b)
}

// DefaultSeverity is the severity the kind table gives findings of kind k
// (warning for a kind not in the table).
func (k Kind) DefaultSeverity() Severity {
	info, _ := Info(k)
	return info.Severity
}
