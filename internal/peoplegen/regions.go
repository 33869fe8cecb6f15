package main

import "strings"

// regions lists, per output file, the states whose officials it holds: the
// Arab League's members, then the UN M49 continents for the other UN
// members, the observers (PS, VA) and two states with limited recognition
// (TW, XK).
var regions = []struct {
	file   string
	title  string
	states string
}{
	{"arab-states", "the Arab League's member states", "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE"},
	{"africa", "Africa (outside the Arab League)", "AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE LR LS MG ML MU MW MZ NA NE NG RW SC SL SN SS ST SZ TD TG TZ UG ZA ZM ZW"},
	{"americas", "the Americas", "AG AR BB BO BR BS BZ CA CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT US UY VC VE"},
	{"asia", "Asia (outside the Arab League)", "AF AM AZ BD BN BT CN GE ID IL IN IR JP KG KH KP KR KZ LA LK MM MN MV MY NP PH PK SG TH TJ TL TM TR TW UZ VN"},
	{"europe", "Europe", "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK"},
	{"oceania", "Oceania", "AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS"},
}

// notUNMember are the states of regions that are not UN members.
var notUNMember = map[string]bool{"PS": true, "VA": true, "TW": true, "XK": true}

// regionOf maps a state to its output file ("" when it has none).
func regionOf(iso2 string) string {
	for _, r := range regions {
		if strings.Contains(" "+r.states+" ", " "+iso2+" ") {
			return r.file
		}
	}
	return ""
}

// unMembers returns the 193 UN member states.
func unMembers() []string {
	var out []string
	for _, r := range regions {
		for _, s := range strings.Fields(r.states) {
			if !notUNMember[s] {
				out = append(out, s)
			}
		}
	}
	return out
}
