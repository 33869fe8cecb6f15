// Package report writes a consistency.Report for people and tools: Text for
// terminals, JSON for programs (the JSON contract, one line per report),
// HTML for editors (one self-contained page with the release
// highlighted), SARIF 2.1.0 for QA systems, and the corrected text or a
// unified diff for pipelines (Edits, Apply, Diff).
//
// Every writer takes the report together with the bytes that were checked:
// spans in a report are byte offsets into exactly those bytes. Printing is
// this package's job, the checker never pre-formats anything.
package report
