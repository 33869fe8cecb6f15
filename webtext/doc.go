// Package webtext reads releases that were copied from web pages: Extract
// turns an HTML page into its text with a map from every text byte back to
// the page's bytes (so that findings are reported at the page's offsets),
// and ChromeStart finds the page chrome that trails a plain-text release
// (an editor's credit, a comment widget) so that it can be kept out of
// participant inference.
//
// What counts as chrome, and which elements of a page hold no release text,
// is data: chrome.yaml, embedded, extendable with LoadRules.
//
// The package is separate from report (output formats) because it is an
// input concern the checker (consistency) calls, and report imports
// consistency. It uses only the standard library: the tokenizer is small
// and handles what real pages need (comments, doctype, raw-text elements,
// quoted attributes, character references), not the full HTML5 parsing
// algorithm; it never fails, whatever the bytes.
package webtext
