package server

import (
	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// ui holds the web page's words in one language, from the message
// catalogs (internal/i18n): each is the English text, or its Arabic entry.
// The template reads the fields; the counts and sizes are methods.
type ui struct {
	p                   i18n.Printer
	Lang, Dir           string // the page's lang and dir
	Other, OtherName    string // the other language's code and its name, in itself
	Title, Tagline      string
	SkipToResult        string
	SkipToFixes         string
	TextLabel, TextHint string
	FileLabel           string
	KindLegend          string
	KindAuto            string
	KindText, KindHTML  string
	CheckButton         string
	ResultHeading       string
	FromHTML            string
	ReportHint          string
	FixesHeading        string
	FixesHint           string
	NoFixes             string
	ManualHeading       string
	ManualHint          string
	GoTo                string
	ApplyButton         string
	CorrectedHeading    string
	CorrectedLabel      string
	CopyButton, Copied  string
	CopyFailed          string
	RecheckHint         string
	ReasonOverlap       string
	ReasonNoSuggestion  string
	Pasted              string // the report's file name for pasted text
	ErrEmpty            string
	ErrBusy             string
	ErrInternal         string
	ErrStale            string
}

// newUI builds the page's words in language l.
func newUI(l i18n.Lang) *ui {
	p := l.Printer()
	u := &ui{
		p: p, Lang: l.String(), Dir: l.Dir(), Other: "en", OtherName: "English",
		Title:              p.T("nazir: press release checker"),
		Tagline:            p.T("nazir finds a country standing where it does not belong and names spelled more than one way in a press release, and suggests the correction."),
		SkipToResult:       p.T("Skip to the result"),
		SkipToFixes:        p.T("Skip to the corrections"),
		TextLabel:          p.T("Release text"),
		TextHint:           p.T("Paste the whole release."),
		FileLabel:          p.T("Or upload the release"),
		KindLegend:         p.T("Content"),
		KindAuto:           p.T("Detect"),
		KindText:           p.T("Plain text"),
		KindHTML:           p.T("Web page (HTML)"),
		CheckButton:        p.T("Check the release"),
		ResultHeading:      p.T("Result"),
		FromHTML:           p.T("The web page's text was extracted: that is what is checked below and what the corrections apply to."),
		ReportHint:         p.T("Findings are marked in red and yellow: point at one, or reach it with the Tab key, to see the suggested correction."),
		FixesHeading:       p.T("Suggested corrections"),
		FixesHint:          p.T("Untick the corrections you do not want, then press “Apply the selected corrections”."),
		NoFixes:            p.T("No corrections to suggest for this text."),
		ManualHeading:      p.T("Findings for the editor to decide"),
		ManualHint:         p.T("nazir suggests no correction for these: choose the approved spelling and use it throughout."),
		GoTo:               p.T("go to the place"),
		ApplyButton:        p.T("Apply the selected corrections"),
		CorrectedHeading:   p.T("Corrected text"),
		CorrectedLabel:     p.T("The text after correction, ready to copy"),
		CopyButton:         p.T("Copy the text"),
		Copied:             p.T("Copied."),
		CopyFailed:         p.T("Could not copy: select the text and copy it yourself."),
		RecheckHint:        p.T("The corrected text is also in the release box above: press “Check the release” to check it again."),
		ReasonOverlap:      p.T("it overlaps another correction you chose"),
		ReasonNoSuggestion: p.T("there is no suggestion for it"),
		Pasted:             p.T("pasted text"),
		ErrEmpty:           p.T("Nothing to check: paste the release or upload its file."),
		ErrBusy:            p.T("The server is busy checking other texts: try again in a moment."),
		ErrInternal:        p.T("An internal error stopped the check. Please report it with this text."),
		ErrStale:           p.T("The text changed since it was checked, so no correction was applied. Check it again, then choose the corrections."),
	}
	if l == i18n.English {
		u.Other, u.OtherName = "ar", "العربية"
	}
	return u
}

// pageLang reads the page's language: English for "en" (or any English
// tag), Arabic otherwise.
func pageLang(s string) i18n.Lang {
	l, err := i18n.Parse(s)
	if err != nil {
		return i18n.Arabic
	}
	return l
}

func (u *ui) findings(n int) string { return u.p.T("%d findings to review.", n) }
func (u *ui) applied(n int) string  { return u.p.T("%d corrections applied.", n) }
func (u *ui) line(n int) string     { return u.p.T("line %d", n) }
func (u *ui) notApplied(why string) string {
	return u.p.T("Not applied: %s", why)
}
func (u *ui) fileHint(limit int64) string {
	return u.p.T("A text file or a saved web page, up to %s. An uploaded file is checked instead of the pasted text.", u.size(limit))
}
func (u *ui) errTooLarge(limit int64) string {
	return u.p.T("The text is longer than the limit (%s).", u.size(limit))
}
func (u *ui) errUTF8(line, col int) string {
	return u.p.T("The text could not be read: it is not UTF-8 (first bad byte on line %d, column %d). Save the file as UTF-8 and upload it again.", line, col)
}
func (u *ui) errForm(cause string) string { return u.p.T("The form could not be read: %s", cause) }
func (u *ui) footer(version string) string {
	return u.p.T("nazir %s · for systems: a JSON API at /v1/check and /v1/fix", version)
}

// size writes a byte count as the page shows a limit.
func (u *ui) size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return u.p.T("%d MB", n>>20)
	}
	return u.p.T("%d KB", (n+1023)>>10)
}

// kind names a finding kind.
func (u *ui) kind(k finding.Kind) string {
	switch k {
	case finding.CountryConflict:
		return u.p.T("country conflict")
	case finding.NameVariant:
		return u.p.T("name variant")
	case finding.WrongGivenName:
		return u.p.T("wrong given name")
	case finding.HiddenControl:
		return u.p.T("hidden control")
	}
	return string(k)
}

// severity names a severity.
func (u *ui) severity(s finding.Severity) string {
	switch s {
	case finding.SeverityError:
		return u.p.T("error")
	case finding.SeverityWarning:
		return u.p.T("warning")
	case finding.SeverityInfo:
		return u.p.T("info")
	}
	return string(s)
}
