package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// readCities returns the English names of the cities of CLDR's time zones
// (Unicode CLDR, a timeZoneNames.json of cldr-dates-modern): the zone ids'
// city parts (Asia/Muscat → muscat), folded; in the English file also the
// exemplar cities.
// A surname that is also a city's name (Muscat) does not name the person
// alone in English text.
func readCities(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cities: %w", err)
	}
	var doc struct {
		Main map[string]struct {
			Dates struct {
				TimeZoneNames struct {
					Zone map[string]json.RawMessage `json:"zone"`
				} `json:"timeZoneNames"`
			} `json:"dates"`
		} `json:"main"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("cities %s: %w", path, err)
	}
	out := map[string]bool{}
	var walk func(raw json.RawMessage, depth int)
	walk = func(raw json.RawMessage, depth int) {
		var m map[string]json.RawMessage
		if depth > 4 || json.Unmarshal(raw, &m) != nil {
			return
		}
		for k, v := range m {
			if k == "exemplarCity" {
				var s string
				if json.Unmarshal(v, &s) == nil && isLatin(s) {
					out[foldLatin(s)] = true
				}
				continue
			}
			if k == "long" || k == "short" {
				continue
			}
			if depth > 0 {
				out[foldLatin(strings.ReplaceAll(k, "_", " "))] = true
			}
			walk(v, depth+1)
		}
	}
	for _, loc := range doc.Main {
		for _, v := range loc.Dates.TimeZoneNames.Zone {
			walk(v, 1)
		}
	}
	if len(out) < 100 {
		return nil, fmt.Errorf("cities %s: only %d cities found", path, len(out))
	}
	return out, nil
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x0600 {
			return false
		}
	}
	return true
}
