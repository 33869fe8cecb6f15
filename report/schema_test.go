package report

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"
)

// A small JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0
// schema uses. A keyword it does not know is an error, so that a schema
// constraint is never skipped in silence.
//
// testdata/sarif-schema-2.1.0-rtm.5.json is the SARIF 2.1.0 schema as
// published with the OASIS standard (rtm.5; the copy shipped in the npm
// package @microsoft/jest-sarif, MIT).

type schemaValidator struct {
	root map[string]any
}

var ignoredKeywords = map[string]bool{"description": true, "default": true, "title": true, "id": true, "$schema": true, "definitions": true}

func (v *schemaValidator) validate(schema map[string]any, doc any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	keys := make([]string, 0, len(schema))
	for k := range schema {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		kv := schema[k]
		switch k {
		case "$ref":
			ref, _ := kv.(string)
			sub, err := v.resolve(ref)
			if err != nil {
				fail("%v", err)
				continue
			}
			errs = append(errs, v.validate(sub, doc, path)...)
		case "type":
			if !typeMatches(kv, doc) {
				fail("type %v wanted, got %T", kv, doc)
			}
		case "properties":
			obj, ok := doc.(map[string]any)
			if !ok {
				continue
			}
			for name, sub := range kv.(map[string]any) {
				if val, ok := obj[name]; ok {
					errs = append(errs, v.validate(sub.(map[string]any), val, path+"."+name)...)
				}
			}
		case "additionalProperties":
			obj, ok := doc.(map[string]any)
			if !ok {
				continue
			}
			props, _ := schema["properties"].(map[string]any)
			for name, val := range obj {
				if _, declared := props[name]; declared {
					continue
				}
				switch ap := kv.(type) {
				case bool:
					if !ap {
						fail("property %q is not allowed", name)
					}
				case map[string]any:
					errs = append(errs, v.validate(ap, val, path+"."+name)...)
				}
			}
		case "required":
			obj, ok := doc.(map[string]any)
			if !ok {
				continue
			}
			for _, r := range kv.([]any) {
				if _, ok := obj[r.(string)]; !ok {
					fail("required property %q missing", r)
				}
			}
		case "items":
			arr, ok := doc.([]any)
			if !ok {
				continue
			}
			for i, el := range arr {
				errs = append(errs, v.validate(kv.(map[string]any), el, fmt.Sprintf("%s[%d]", path, i))...)
			}
		case "minItems":
			if arr, ok := doc.([]any); ok && float64(len(arr)) < kv.(float64) {
				fail("%d items, at least %v wanted", len(arr), kv)
			}
		case "uniqueItems":
			arr, ok := doc.([]any)
			if !ok || kv != true {
				continue
			}
			seen := map[string]bool{}
			for _, el := range arr {
				b, _ := json.Marshal(el)
				if seen[string(b)] {
					fail("items are not unique: %s", b)
				}
				seen[string(b)] = true
			}
		case "minimum":
			if n, ok := doc.(float64); ok && n < kv.(float64) {
				fail("%v below minimum %v", n, kv)
			}
		case "maximum":
			if n, ok := doc.(float64); ok && n > kv.(float64) {
				fail("%v above maximum %v", n, kv)
			}
		case "enum":
			found := false
			for _, e := range kv.([]any) {
				if e == doc {
					found = true
				}
			}
			if !found {
				fail("%v is not one of %v", doc, kv)
			}
		case "pattern":
			s, ok := doc.(string)
			if !ok {
				continue
			}
			re, err := regexp.Compile(kv.(string))
			if err != nil {
				fail("pattern %q: %v", kv, err)
			} else if !re.MatchString(s) {
				fail("%q does not match %q", s, kv)
			}
		case "format":
			s, ok := doc.(string)
			if !ok {
				continue
			}
			if err := checkFormat(kv.(string), s); err != nil {
				fail("%v", err)
			}
		case "anyOf", "oneOf":
			n := 0
			for _, sub := range kv.([]any) {
				if len(v.validate(sub.(map[string]any), doc, path)) == 0 {
					n++
				}
			}
			if n == 0 || (k == "oneOf" && n > 1) {
				fail("%s: %d of %d schemas match", k, n, len(kv.([]any)))
			}
		default:
			if !ignoredKeywords[k] {
				fail("schema keyword %q is not supported by the test validator", k)
			}
		}
	}
	return errs
}

func (v *schemaValidator) resolve(ref string) (map[string]any, error) {
	if !strings.HasPrefix(ref, "#/") {
		return nil, fmt.Errorf("unsupported $ref %q", ref)
	}
	var cur any = v.root
	for _, part := range strings.Split(ref[2:], "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("$ref %q: not found", ref)
		}
		cur = m[part]
	}
	m, ok := cur.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("$ref %q: not found", ref)
	}
	return m, nil
}

func typeMatches(want any, doc any) bool {
	switch w := want.(type) {
	case string:
		return isType(w, doc)
	case []any:
		for _, t := range w {
			if isType(t.(string), doc) {
				return true
			}
		}
	}
	return false
}

func isType(t string, doc any) bool {
	switch t {
	case "object":
		_, ok := doc.(map[string]any)
		return ok
	case "array":
		_, ok := doc.([]any)
		return ok
	case "string":
		_, ok := doc.(string)
		return ok
	case "boolean":
		_, ok := doc.(bool)
		return ok
	case "null":
		return doc == nil
	case "number":
		_, ok := doc.(float64)
		return ok
	case "integer":
		n, ok := doc.(float64)
		return ok && n == math.Trunc(n)
	}
	return false
}

func checkFormat(format, s string) error {
	switch format {
	case "uri":
		u, err := url.Parse(s)
		if err != nil || u.Scheme == "" {
			return fmt.Errorf("%q is not an absolute URI", s)
		}
	case "uri-reference":
		if _, err := url.Parse(s); err != nil || strings.ContainsAny(s, " \\") {
			return fmt.Errorf("%q is not a URI reference", s)
		}
	case "date-time":
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return fmt.Errorf("%q is not a date-time", s)
		}
	default:
		return fmt.Errorf("format %q is not supported by the test validator", format)
	}
	return nil
}
