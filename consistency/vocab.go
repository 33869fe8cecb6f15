package consistency

import "strings"

// Expect says which participant a conflict pattern's mention X should have
// named (the rules' expect:). Topic patterns have none.
type Expect uint8

// The participants a conflict pattern can expect; see rules.yaml.
const (
	ExpectNone        Expect = iota // no expectation (topic patterns)
	ExpectCounterpart               // the lede's counterpart (the host, when the counterpart speaks)
	ExpectOther                     // the participant the pattern's P did not match
	ExpectSpeaker                   // the state of the speaker S, or of the sentence's speaker
	ExpectConfusable                // the participant X is easily mistaken for
	ExpectAbsent                    // the confusable participant, else the one the sentence does not name, else the counterpart
	ExpectOfficial                  // the gazetteer's state of the known official S
	ExpectIs                        // is:ID: the participant ID, when it is one
	ExpectNot                       // not:ID: the participant that is not ID
)

// String is the rules' spelling (is and not without their id).
func (e Expect) String() string {
	switch e {
	case ExpectNone:
		return ""
	case ExpectCounterpart:
		return "counterpart"
	case ExpectOther:
		return "other"
	case ExpectSpeaker:
		return "speaker"
	case ExpectConfusable:
		return "confusable"
	case ExpectAbsent:
		return "absent"
	case ExpectOfficial:
		return "official"
	case ExpectIs:
		return "is"
	case ExpectNot:
		return "not"
	}
	return "unknown"
}

// parseExpect reads the rules' expect: a word, or is:ID / not:ID.
func parseExpect(s string) (e Expect, id string, ok bool) {
	if head, id, cut := strings.Cut(s, ":"); cut {
		switch {
		case id == "":
			return 0, "", false
		case head == "is":
			return ExpectIs, id, true
		case head == "not":
			return ExpectNot, id, true
		}
		return 0, "", false
	}
	for e := ExpectCounterpart; e <= ExpectOfficial; e++ {
		if e.String() == s {
			return e, "", true
		}
	}
	return 0, "", false
}

// Requires is what a conflict pattern needs of X before it is tried (the
// rules' requires:).
type Requires uint8

// What a pattern can require of X.
const (
	RequiresNothing    Requires = iota
	RequiresConfusable          // X is easily mistaken for a participant
	RequiresIntruder            // X looks like a slip by where and how often its state appears (intruder)
)

// String is the rules' spelling.
func (r Requires) String() string {
	switch r {
	case RequiresConfusable:
		return "confusable"
	case RequiresIntruder:
		return "intruder"
	case RequiresNothing:
		return ""
	}
	return "unknown"
}

// parseRequires reads the rules' requires:.
func parseRequires(s string) (Requires, bool) {
	switch s {
	case "":
		return RequiresNothing, true
	case "confusable":
		return RequiresConfusable, true
	case "intruder":
		return RequiresIntruder, true
	}
	return 0, false
}
