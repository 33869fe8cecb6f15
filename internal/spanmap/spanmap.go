// Package spanmap moves a report's spans from the text that was checked to
// the bytes it came from (a web page's text to the page), for the CLI and
// the server.
package spanmap

import "github.com/nazir-nlp/nazir/finding"

// Map moves every span of rep (findings with their evidence and
// mentions, mentions, participants' evidence, scopes) through mapSpan and
// recomputes the findings' line and column in src. It is how a report on
// the text extracted from a web page (webtext.Text.SourceSpan) is turned
// into a report on the page itself; the Text fields keep the checked text.
// The slices of rep are replaced, not modified, so a shallow copy of a
// report can be mapped while the original stays as it was.
func Map(rep *finding.Report, src []byte, mapSpan func(start, end int) (int, int)) {
	li := finding.NewLineIndex(src)
	spans := func(in []finding.Span) []finding.Span {
		if in == nil {
			return nil
		}
		out := make([]finding.Span, len(in))
		for i, s := range in {
			s.Start, s.End = mapSpan(s.Start, s.End)
			out[i] = s
		}
		return out
	}
	if rep.Findings != nil {
		fs := make([]finding.Finding, len(rep.Findings))
		for i, f := range rep.Findings {
			f.Start, f.End = mapSpan(f.Start, f.End)
			p := li.At(f.Start)
			f.Line, f.Column = p.Line, p.Column
			f.Evidence = spans(f.Evidence)
			f.Mentions = spans(f.Mentions)
			fs[i] = f
		}
		rep.Findings = fs
	}
	if !rep.Mentions.IsNil() {
		ms := finding.NewMentionList(rep.Mentions.Len())
		for _, m := range rep.Mentions.All() {
			m.Start, m.End = mapSpan(m.Start, m.End)
			ms.Append(m)
		}
		rep.Mentions = ms
	}
	if rep.Participants != nil {
		ps := make([]finding.Participant, len(rep.Participants))
		for i, p := range rep.Participants {
			p.Evidence = spans(p.Evidence)
			ps[i] = p
		}
		rep.Participants = ps
	}
	if rep.Scopes != nil {
		ss := make([]finding.Scope, len(rep.Scopes))
		for i, s := range rep.Scopes {
			s.Start, s.End = mapSpan(s.Start, s.End)
			s.Evidence = spans(s.Evidence)
			ss[i] = s
		}
		rep.Scopes = ss
	}
}
