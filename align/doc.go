// Package align checks an Arabic translation against its source, entity by
// entity: it tags the source (English, Chinese in simplified or
// traditional script, French, Russian, Spanish) and the Arabic target,
// links both to the gazetteer's ids, and reports what differs:
//
//   - wrong-entity: the source names X where the translation names Y
//     (阿塞拜疆 → الأفغاني), with the fix in the target's grammatical form;
//   - missing-entity / added-entity: a state or official on one side only;
//   - ambiguous-source: a Chinese abbreviation (阿方, 中阿) that the
//     document's full names do not resolve;
//   - name-variant: an official spelled two ways across a document's
//     segments, or a state spelled in a way the gazetteer does not know.
//
// Source names come from CLDR's region names (golang.org/x/text/language/
// display, in en, zh-Hans, zh-Hant, zh-Hant-HK, fr, ru, es, es-419), the
// gazetteer (English names, officials' names_en, names_zh, ... fields) and
// lexicon.txt (adjectives, conventional short names, the one-character
// abbreviations of Chinese readouts). Chinese is read by longest match over
// these forms, without a dictionary.
//
// Every finding has a span in each text, in bytes, code points and UTF-16
// code units. An Aligner is built once (New) and is safe for concurrent
// use. JSONLReader reads documents from JSON Lines; WriteJSONL and SARIF
// write findings.
package align
