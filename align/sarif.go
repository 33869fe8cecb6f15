package align

import (
	"encoding/json"
	"fmt"
	"io"
)

// SARIF is a SARIF 2.1.0 log of alignment findings, built with Add and
// written with Write. Each finding is a result whose rule is its kind; its
// logical location names the file and segment, and its properties carry
// the source and target spans (byte, code-point and UTF-16 offsets into
// the segment's texts).
type SARIF struct {
	version string
	results []sarifResult
}

// NewSARIF starts a log; toolVersion is nazir's version.
func NewSARIF(toolVersion string) *SARIF { return &SARIF{version: toolVersion} }

type sarifResult struct {
	RuleID     string            `json:"ruleId"`
	Level      string            `json:"level"`
	Message    sarifText         `json:"message"`
	Locations  []sarifLocation   `json:"locations"`
	PartialFP  map[string]string `json:"partialFingerprints,omitempty"`
	Properties sarifProps        `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifLocation struct {
	Physical *sarifPhysical `json:"physicalLocation,omitempty"`
	Logical  []sarifLogical `json:"logicalLocations"`
}

type sarifPhysical struct {
	Artifact sarifArtifact `json:"artifactLocation"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifProps struct {
	Entity     string   `json:"entity,omitempty"`
	Expected   string   `json:"expected,omitempty"`
	Suggestion *string  `json:"suggestion,omitempty"`
	Candidates []string `json:"candidates,omitempty"`
	Src        Span     `json:"src"`
	Tgt        Span     `json:"tgt"`
}

var sarifRules = []struct {
	id, text string
}{
	{string(WrongEntity), "The translation names another entity than the source."},
	{string(MissingEntity), "The source names a state or official the translation does not."},
	{string(AddedEntity), "The translation names a state or official the source does not."},
	{string(AmbiguousSource), "A source abbreviation the document's full names do not resolve."},
	{string(NameVariant), "An official spelled two ways, or a state spelled in a way the gazetteer does not know."},
}

// Add appends the findings of one file's results.
func (s *SARIF) Add(file string, rs []Result) {
	for _, r := range rs {
		for _, f := range r.Findings {
			level := "warning"
			if f.Severity == "error" {
				level = "error"
			} else if f.Severity == "info" {
				level = "note"
			}
			res := sarifResult{RuleID: string(f.Kind), Level: level, Message: sarifText{f.Message},
				Locations: []sarifLocation{{Physical: &sarifPhysical{sarifArtifact{file}},
					Logical: []sarifLogical{{Name: r.ID, FullyQualifiedName: file + "#" + r.ID, Kind: "member"}}}},
				Properties: sarifProps{Entity: f.Entity, Expected: f.Expected, Suggestion: f.Suggestion, Candidates: f.Candidates, Src: f.Src, Tgt: f.Tgt}}
			res.PartialFP = map[string]string{"segment/v1": fmt.Sprintf("%s#%s:%d:%d", file, r.ID, f.Src.Start, f.Tgt.Start)}
			s.results = append(s.results, res)
		}
	}
}

// Write writes the log as JSON.
func (s *SARIF) Write(w io.Writer) error {
	type rule struct {
		ID   string    `json:"id"`
		Desc sarifText `json:"shortDescription"`
	}
	rules := make([]rule, len(sarifRules))
	for i, r := range sarifRules {
		rules[i] = rule{r.id, sarifText{r.text}}
	}
	results := s.results
	if results == nil {
		results = []sarifResult{}
	}
	log := map[string]any{
		"version": "2.1.0",
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": "nazir-align", "version": s.version, "informationUri": "https://github.com/nazir-nlp/nazir", "rules": rules}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("align: writing SARIF: %w", err)
	}
	return nil
}
