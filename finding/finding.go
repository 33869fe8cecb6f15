// Package finding is the vocabulary of nazir's results: the Report of one
// checked document, its Findings with their Kind and Severity, the Spans
// they point at, and the table of finding kinds (Kinds) that every writer
// reads. The checker (package consistency) produces these values; the
// writers (package report) and other consumers read them without importing
// the engine.
//
// A new kind of finding is a constant of type Kind and a row in the kind
// table (kinds.go): its name, default severity, descriptions, help and
// message. The text, HTML and SARIF writers and the message catalogs take
// everything they say about a kind from that row.
package finding

// Kind names what a finding is about (the JSON "kind").
type Kind string

// Finding kinds. country-conflict and name-variant are the contract's; the
// others are nazir's additions, documented in README. Kinds lists them with
// their metadata.
const (
	// CountryConflict: a country, group or capital stands where a
	// participant is meant.
	CountryConflict Kind = "country-conflict"
	// NameVariant: one person's name is written in two or more spellings.
	NameVariant Kind = "name-variant"
	// WrongGivenName: an official the gazetteer knows is written with a
	// given name that is not theirs (فلاديمير بيرموف for Jeyhun Bayramov).
	WrongGivenName Kind = "wrong-given-name"
	// HiddenControl: a bidi or zero-width control inside a flagged span
	// or an entity mention: the text displays differently from what it says.
	HiddenControl Kind = "hidden-control"
)

// Severity of a finding.
type Severity string

// Severities, from most to least serious.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// SARIFLevel is the SARIF 2.1.0 result level of the severity: "error",
// "warning", "note" (for info), or "none" for an unknown severity.
func (s Severity) SARIFLevel() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "note"
	}
	return "none"
}

// Span is a byte range of the original input with its text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Note says what the span shows (evidence only), e.g. "counterpart word".
	Note string `json:"note,omitempty"`
}

// Participant is one party of the meeting the release reports.
type Participant struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	English  string  `json:"en,omitempty"`
	Kind     string  `json:"kind,omitempty"` // "country" or "group"
	Role     string  `json:"role,omitempty"` // "host", "guest" or "" (unknown/multilateral)
	Score    float64 `json:"score"`
	Evidence []Span  `json:"evidence"`
}

// Mention is an entity mention as reported (spans in original bytes).
type Mention struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Entity   string   `json:"entity"`
	Entities []string `json:"entities,omitempty"` // all candidates when ambiguous
	Kind     string   `json:"kind"`
	Form     string   `json:"form"`
	// Role is the checker's judgement: participant, third-party, conflict,
	// person, topic, context.
	Role string `json:"role"`
}

// Finding is one problem in the release. Spans are original byte offsets;
// Line is 1-based, Column 1-based in runes.
type Finding struct {
	Kind       Kind     `json:"kind"`
	Severity   Severity `json:"severity"`
	Confidence float64  `json:"confidence"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Line       int      `json:"line"`
	Column     int      `json:"column"`
	Text       string   `json:"text"`
	Entity     string   `json:"entity,omitempty"`
	Expected   string   `json:"expected,omitempty"`
	Suggestion *string  `json:"suggestion,omitempty"`
	Canonical  string   `json:"canonical,omitempty"`
	// Message is the English message: the kind's message (KindInfo.Message)
	// with Args.
	Message string `json:"message"`
	// Args are the arguments of the kind's message in the order
	// KindInfo.MessageArgs names them, for rendering the message in
	// another language (KindInfo.MessageKey is its catalog key). Nil when
	// the finding was not built by SetMessage. Not part of the JSON
	// contract.
	Args []any `json:"-"`
	// Rule names the rule that fired (from rules.yaml), for explanations.
	Rule     string `json:"rule,omitempty"`
	Evidence []Span `json:"evidence,omitempty"`
	// Mentions lists every mention of a name-variant cluster.
	Mentions []Span `json:"mentions,omitempty"`
}

// Scope is one episode of a report (a contact and its parties).
type Scope struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Participants []string `json:"participants"`
	// Kind is "bilateral", "multilateral" or "none".
	Kind     string `json:"kind"`
	Evidence []Span `json:"evidence"`
}

// Report is the checker's result for one document (the JSON contract).
type Report struct {
	File         string        `json:"file,omitempty"`
	Participants []Participant `json:"participants"`
	Scopes       []Scope       `json:"scopes"`
	// Mentions are every entity mention, compactly held (MentionList);
	// the JSON form is a list of Mention objects.
	Mentions MentionList `json:"mentions"`
	Findings []Finding   `json:"findings"`
}
