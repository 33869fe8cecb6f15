package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/finding"
	"github.com/nazir-nlp/nazir/internal/i18n"
)

// SARIF units. nazir declares run.columnKind "unicodeCodePoints": columns
// (startColumn, endColumn) and charOffset/charLength count Unicode code
// points, the same unit as the "column" of nazir's JSON report (SARIF's
// default unit, when a run says nothing, would be UTF-16 code units). Each
// invalid UTF-8 byte counts as one code point. Every region also carries
// byteOffset/byteLength, the byte span of the JSON report, so that consumers
// working on bytes need not convert. A line ends at CRLF, LF or CR (declared
// in run.newlineSequences).
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/nazir-nlp/nazir"
)

// SARIFLog collects the results of several documents into one SARIF 2.1.0
// log with one run. Each Add keeps a copy of the document's text and of
// its findings (not of their spans, which must not change until Write);
// Write encodes the results one at a time. Not safe for concurrent use.
type SARIFLog struct {
	toolVersion string
	lang        i18n.Lang // the rules' texts (see SetLanguage)
	langSet     bool
	rules       []sarifRule
	ruleIndex   map[string]int
	artifacts   []sarifArtifact
	docs        []sarifDoc
	err         error // a confidence that cannot be encoded
}

// sarifDoc is a document whose results Write encodes: a copy of its text
// and of its findings.
type sarifDoc struct {
	ai       int // its artifact
	uri      string
	text     []byte
	findings []finding.Finding
}

// NewSARIFLog returns an empty log for nazir at the given version.
func NewSARIFLog(toolVersion string) *SARIFLog {
	l := &SARIFLog{toolVersion: toolVersion, ruleIndex: map[string]int{}}
	for _, k := range finding.Kinds() {
		l.rule(k.Kind)
	}
	return l
}

// SetLanguage sets the language of the rules' descriptions and help and
// the run's "language" property: "ar" (Arabic) or "en" (English). A log
// is English unless set. The results' messages are the findings' own, in
// the checker's language.
func (l *SARIFLog) SetLanguage(lang string) error {
	lg, err := i18n.Parse(lang)
	if err != nil {
		return fmt.Errorf("report: SARIF language: %w", err)
	}
	l.lang, l.langSet = lg, true
	for i := range l.rules {
		l.describe(&l.rules[i])
	}
	return nil
}

// SARIF writes a SARIF 2.1.0 log for one document.
func SARIF(w io.Writer, toolVersion string, rep *finding.Report, text []byte) error {
	l := NewSARIFLog(toolVersion)
	l.Add(rep, text)
	return l.Write(w)
}

// describe sets a rule's descriptions and help from the kind table, in
// the log's language.
func (l *SARIFLog) describe(r *sarifRule) {
	k, known := finding.Info(finding.Kind(r.ID))
	p := l.lang.Printer()
	if !l.langSet {
		p = i18n.English.Printer()
	}
	r.ShortDescription = &sarifMessage{Text: p.Word(k.Short)}
	r.FullDescription, r.Help = nil, nil
	if known {
		r.FullDescription = &sarifMessage{Text: p.Word(k.Full)}
		r.Help = &sarifMessage{Text: p.Word(k.Help)}
	}
}

// runLanguage is the run's "language": empty (SARIF's default, en-US)
// unless SetLanguage was called.
func (l *SARIFLog) runLanguage() string {
	if !l.langSet {
		return ""
	}
	return l.lang.String()
}

// rule returns the index of kind's rule, adding the rule (from the kind
// table, finding.Info) on first use.
func (l *SARIFLog) rule(kind finding.Kind) int {
	if i, ok := l.ruleIndex[string(kind)]; ok {
		return i
	}
	k, _ := finding.Info(kind)
	r := sarifRule{ID: string(kind), Name: k.Name,
		DefaultConfiguration: &sarifConfig{Level: k.SARIFLevel()}, HelpURI: toolURI}
	l.describe(&r)
	l.ruleIndex[string(kind)] = len(l.rules)
	l.rules = append(l.rules, r)
	return len(l.rules) - 1
}

// Add records one document: an artifact (rep.File, its length) and a result
// per finding.
func (l *SARIFLog) Add(rep *finding.Report, text []byte) {
	ai := len(l.artifacts)
	uri := fileURI(rep.File)
	l.artifacts = append(l.artifacts, sarifArtifact{
		Location: sarifArtifactLocation{URI: uri}, Length: len(text),
		Encoding: "utf-8", Roles: []string{"analysisTarget"},
	})
	if len(rep.Findings) == 0 {
		return
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		l.rule(f.Kind)
		if l.err == nil && (math.IsNaN(f.Confidence) || math.IsInf(f.Confidence, 0)) {
			_, l.err = json.Marshal(f.Confidence) // the error encoding the log would give
		}
	}
	l.docs = append(l.docs, sarifDoc{ai: ai, uri: uri, text: bytes.Clone(text), findings: slices.Clone(rep.Findings)})
}

// result is the SARIF result of one of d's findings; li indexes d.text.
func (l *SARIFLog) result(d *sarifDoc, li *finding.LineIndex, f *finding.Finding) sarifResult {
	text, uri, ai := d.text, d.uri, d.ai
	loc := func() *sarifArtifactLocation { return &sarifArtifactLocation{URI: uri, Index: ptrInt(ai)} }
	ri := l.rule(f.Kind)
	res := sarifResult{
		RuleID: string(f.Kind), RuleIndex: ri, Level: f.Severity.SARIFLevel(), Kind: "fail",
		Message: sarifMessage{Text: f.Message},
		Properties: map[string]any{
			"confidence": f.Confidence,
		},
	}
	for k, v := range map[string]string{"entity": f.Entity, "expected": f.Expected, "canonical": f.Canonical, "rule": f.Rule} {
		if v != "" {
			res.Properties[k] = v
		}
	}
	reg := region(li, text, f.Start, f.End)
	res.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: loc(), Region: reg}}}
	id := 0
	for _, sp := range append(append([]finding.Span{}, f.Evidence...), f.Mentions...) {
		note := sp.Note
		if note == "" {
			note = "spelling «" + sp.Text + "»"
		}
		id++
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: ptrInt(id),
			PhysicalLocation: &sarifPhysical{ArtifactLocation: loc(), Region: region(li, text, sp.Start, sp.End)},
			Message:          &sarifMessage{Text: note}})
	}
	if f.Suggestion != nil && reg != nil {
		res.Fixes = []sarifFix{{
			Description: sarifMessage{Text: "Replace «" + f.Text + "» with «" + *f.Suggestion + "»"},
			ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: *loc(), Replacements: []sarifReplacement{{
				DeletedRegion:   sarifRegion{CharOffset: reg.CharOffset, CharLength: reg.CharLength, ByteOffset: reg.ByteOffset, ByteLength: reg.ByteLength},
				InsertedContent: &sarifContent{Text: *f.Suggestion},
			}}}},
		}}
	}
	h := sha256.Sum256([]byte(string(f.Kind) + "\x00" + f.Text + "\x00" + f.Entity + "\x00" + f.Expected + "\x00" + contextOf(text, f.Start, f.End)))
	res.PartialFingerprints = map[string]string{"nazirFinding/v1": hex.EncodeToString(h[:12])}
	return res
}

// contextOf is the finding's line (at most fingerprintContext bytes either
// side of the finding), a fingerprint that survives edits elsewhere in the
// file.
func contextOf(text []byte, s, e int) string {
	if s < 0 || s > len(text) {
		return ""
	}
	ls, le := lineBounds(text, s, fingerprintContext)
	return string(text[ls:le]) + strconv.Itoa(e-s)
}

// fingerprintContext bounds the line a fingerprint hashes: whole paragraphs
// are hashed, a 20 MB one-line file is not hashed once per finding.
const fingerprintContext = 4096

func ptrInt(i int) *int { return &i }

// region is the SARIF region of [s,e), or nil when the span is not in the
// text.
func region(li *finding.LineIndex, text []byte, s, e int) *sarifRegion {
	if s < 0 || e < s || e > len(text) {
		return nil
	}
	a, b := li.At(s), li.At(e)
	r := &sarifRegion{
		StartLine: a.Line, StartColumn: a.Column, EndLine: b.Line, EndColumn: b.Column,
		CharOffset: ptrInt(a.RuneOffset), CharLength: ptrInt(b.RuneOffset - a.RuneOffset),
		ByteOffset: ptrInt(s), ByteLength: ptrInt(e - s),
		Snippet: &sarifContent{Text: strings.ToValidUTF8(string(text[s:e]), "\uFFFD")},
	}
	return r
}

// fileURI turns a file name into a relative (or file:) URI reference.
func fileURI(name string) string {
	switch name {
	case "", "-":
		return "stdin"
	}
	slash := filepath.ToSlash(name)
	u := url.URL{Path: slash}
	if filepath.IsAbs(name) {
		u.Scheme = "file"
		if !strings.HasPrefix(u.Path, "/") {
			u.Path = "/" + u.Path
		}
	}
	return u.String()
}

// Write writes the log as indented JSON. The results are indented and
// written one at a time through a buffer of spillSize bytes, so that a
// large log's output is never held whole. A result that could not be
// encoded (a NaN or infinite confidence) fails Write before anything is
// written.
func (l *SARIFLog) Write(w io.Writer) error {
	if l.err != nil {
		return fmt.Errorf("report: writing SARIF: %w", l.err)
	}
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(l.skeleton([]json.RawMessage{})); err != nil {
		return fmt.Errorf("report: writing SARIF: %w", err)
	}
	doc := head.Bytes()
	i := bytes.Index(doc, sarifResultsMark)
	if i < 0 {
		return fmt.Errorf("report: writing SARIF: no results in the log's frame")
	}
	i += len(sarifResultsMark) - 1 // before the ']'
	bw := bufio.NewWriterSize(w, spillSize)
	bw.Write(doc[:i])
	var compact, buf bytes.Buffer
	renc := json.NewEncoder(&compact)
	renc.SetEscapeHTML(false)
	n := 0
	for k := range l.docs {
		d := &l.docs[k]
		li := finding.NewLineIndex(d.text)
		for j := range d.findings {
			if n > 0 {
				bw.WriteByte(',')
			}
			n++
			bw.WriteString(sarifResultIndent)
			compact.Reset()
			res := l.result(d, li, &d.findings[j])
			if err := renc.Encode(&res); err != nil {
				return fmt.Errorf("report: writing SARIF: %w", err)
			}
			buf.Reset()
			if err := json.Indent(&buf, bytes.TrimSuffix(compact.Bytes(), []byte{'\n'}), sarifResultIndent[1:], "  "); err != nil {
				return fmt.Errorf("report: writing SARIF: %w", err)
			}
			bw.Write(buf.Bytes())
		}
	}
	if n > 0 {
		bw.WriteString(sarifResultsClose)
	}
	bw.Write(doc[i:])
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: writing SARIF: %w", err)
	}
	return nil
}

// The log's frame is encoded with no results; the results are written
// between the brackets of sarifResultsMark, each on a new line at
// sarifResultIndent's depth (a run's results are at depth 3 of the log),
// as encoding/json indents an array.
var sarifResultsMark = []byte("\n      \"results\": []")

const (
	sarifResultIndent = "\n        "
	sarifResultsClose = "\n      "
)

// skeleton is the log with the given results.
func (l *SARIFLog) skeleton(results any) sarifLog {
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{
		Tool:             sarifTool{Driver: sarifDriver{Name: "nazir", Version: l.toolVersion, InformationURI: toolURI, Rules: l.rules}},
		Language:         l.runLanguage(),
		Artifacts:        l.artifacts,
		Results:          results,
		ColumnKind:       "unicodeCodePoints",
		NewlineSequences: []string{"\r\n", "\n", "\r"},
	}}}
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool             sarifTool       `json:"tool"`
	Artifacts        []sarifArtifact `json:"artifacts,omitempty"`
	Results          any             `json:"results"`
	ColumnKind       string          `json:"columnKind"`
	NewlineSequences []string        `json:"newlineSequences"`
	Language         string          `json:"language,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     *sarifMessage `json:"shortDescription,omitempty"`
	FullDescription      *sarifMessage `json:"fullDescription,omitempty"`
	Help                 *sarifMessage `json:"help,omitempty"`
	HelpURI              string        `json:"helpUri,omitempty"`
	DefaultConfiguration *sarifConfig  `json:"defaultConfiguration,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifArtifact struct {
	Location sarifArtifactLocation `json:"location"`
	Length   int                   `json:"length"`
	Encoding string                `json:"encoding,omitempty"`
	Roles    []string              `json:"roles,omitempty"`
}

type sarifArtifactLocation struct {
	URI   string `json:"uri"`
	Index *int   `json:"index,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Kind                string            `json:"kind"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               *int           `json:"id,omitempty"`
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	Message          *sarifMessage  `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation *sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion           `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine,omitempty"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	CharOffset  *int          `json:"charOffset,omitempty"`
	CharLength  *int          `json:"charLength,omitempty"`
	ByteOffset  *int          `json:"byteOffset,omitempty"`
	ByteLength  *int          `json:"byteLength,omitempty"`
	Snippet     *sarifContent `json:"snippet,omitempty"`
}

type sarifContent struct {
	Text string `json:"text"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifContent `json:"insertedContent,omitempty"`
}
