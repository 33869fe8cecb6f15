package consistency

import "github.com/nazir-nlp/nazir/finding"

// The checker's result types are those of package finding, which writers
// and other consumers import without the engine. The names below keep
// them reachable from this package: consistency.Report is finding.Report,
// the same type.
type (
	// Report is finding.Report.
	Report = finding.Report
	// Finding is finding.Finding.
	Finding = finding.Finding
	// FindingKind is finding.Kind.
	FindingKind = finding.Kind
	// Severity is finding.Severity.
	Severity = finding.Severity
	// Span is finding.Span.
	Span = finding.Span
	// Participant is finding.Participant.
	Participant = finding.Participant
	// Mention is finding.Mention.
	Mention = finding.Mention
	// Scope is finding.Scope.
	Scope = finding.Scope
	// LineIndex is finding.LineIndex.
	LineIndex = finding.LineIndex
	// Position is finding.Position.
	Position = finding.Position
)

// Finding kinds (finding.Kinds describes them).
const (
	CountryConflict = finding.CountryConflict
	NameVariant     = finding.NameVariant
	WrongGivenName  = finding.WrongGivenName
	HiddenControl   = finding.HiddenControl
)

// Severities, from most to least serious.
const (
	SeverityError   = finding.SeverityError
	SeverityWarning = finding.SeverityWarning
	SeverityInfo    = finding.SeverityInfo
)

// NewLineIndex is finding.NewLineIndex.
func NewLineIndex(src []byte) *LineIndex { return finding.NewLineIndex(src) }
