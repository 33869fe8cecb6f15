// Package report writes a finding.Report for people and tools: Text for
// terminals, JSON for programs (the JSON contract, one line per report),
// HTML for editors (one self-contained page with the release
// highlighted), SARIF 2.1.0 for QA systems, and the corrected text or a
// unified diff for pipelines (Edits, Apply, Diff).
//
// Every writer takes the report together with the bytes that were checked:
// spans in a report are byte offsets into exactly those bytes. Printing is
// this package's job, the checker never pre-formats anything. What the
// writers say about a kind of finding (its name, severity, descriptions,
// help) comes from finding's kind table.
//
// The output formats of `nazir check` are a registry (Formats,
// LookupFormat): a new format is a row there, either streaming (Append
// renders one document) or batch (NewBatch collects every document and
// writes one output at the end), and the command picks it up by name.
package report
