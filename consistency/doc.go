// Package consistency is nazir's checker: given a release, it infers who met
// whom, judges every country, group and capital mention (participant,
// legitimate third party, or conflict), clusters person names and reports
// spelling variants, each finding with its span in the caller's original
// bytes, a message, evidence and a suggested replacement.
//
// # Use
//
// New compiles a Checker from a gazetteer (package entities) and Rules
// (DefaultRules, the embedded rules.yaml, optionally merged with a
// newsroom's own file by MergeRules). Check returns a Report (package
// finding's type); the writers of package report print it.
//
// # How a check runs
//
// Check normalises the text (package arabic), tags its mentions (package
// entities) and cuts it into sentences; then the stages in stages.go run in
// order over one checkState, the working state of the check:
//
//	lede            the lede and the contact window after it
//	persons         names of people: the gazetteer's, after titles, after speech verbs
//	clusters        the occurrences of one person grouped
//	participants    who met whom: evidence per state, scored, the pair chosen,
//	                host and guest ordered (participants.go); the lede's episode
//	episodes        later paragraphs that report a contact between other parties
//	mentions        each mention judged against its episode: the conflict
//	                patterns of rules.yaml, first match wins (judge.go, match.go)
//	names           name-variant and wrong-given-name findings
//	hidden controls bidi and zero-width controls in flagged spans
//	scopes          each episode as a scope of the report
//
// An episode (the lede's, or a later contact) is a value: the judging
// functions take the episode a mention is in as a parameter.
//
// # Where to add
//
// A conflict pattern is a row in rules.yaml (the header documents the
// pattern language); it needs a release it fires on and a near miss it
// leaves alone in rulefixtures_test.go, and an Arabic entry for its message
// in internal/i18n. A word class the code reads by name is a field of
// classBits resolved in resolveClasses. A new kind of finding is a row of
// package finding's kind table, made by a stage here that appends it to the
// checkState's findings (a new stage is a line in the stages list).
package consistency
