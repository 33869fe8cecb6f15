package consistency

import "slices"

// RoleSample is a mention the role scorer read: its bytes in the checked
// text and its features (RoleFeatureNames' order).
type RoleSample struct {
	Start, End int
	X          []float64
	// Positioned says the scorer reads it (a participant-like position).
	Positioned bool
	// Raises says a score at the threshold would raise a conflict.
	Raises bool
}

// RoleSamples checks src and returns every mention the role scorer read.
func RoleSamples(c *Checker, src []byte) []RoleSample {
	st := c.newState(src)
	defer c.release(st)
	st.logRoles = true
	st.prepare()
	st.analyse()
	out := make([]RoleSample, len(st.roleLog))
	for i, s := range st.roleLog {
		out[i] = RoleSample{Start: s.start, End: s.end, X: append([]float64(nil), s.x[:]...), Positioned: s.x.positioned(), Raises: s.raises}
	}
	return out
}

// Dropped is a conflict pattern's judgement that fell below the lowest
// confidence a conflict is raised with: the mention's bytes, the rule, the
// pattern's confidence and each feature's name and factor.
type Dropped struct {
	Start, End int
	Rule       string
	Base       float64
	Features   []DroppedFeature
}

// DroppedFeature is one feature of a Dropped judgement.
type DroppedFeature struct {
	Name   string
	Factor float64
}

// Trace checks src as Check does and returns its report with every mention
// the role scorer read and every pattern's judgement that fell below the
// floor.
func Trace(c *Checker, src []byte) (*Report, []RoleSample, []Dropped) {
	st := c.newState(src)
	defer c.release(st)
	st.logRoles, st.logJudgements = true, true
	st.prepare()
	st.analyse()
	rep := st.report()
	rs := make([]RoleSample, len(st.roleLog))
	for i, s := range st.roleLog {
		rs[i] = RoleSample{Start: s.start, End: s.end, X: append([]float64(nil), s.x[:]...), Positioned: s.x.positioned(), Raises: s.raises}
	}
	ds := make([]Dropped, len(st.judgeLog))
	for i, j := range st.judgeLog {
		ds[i] = Dropped{Start: j.start, End: j.end, Rule: j.rule, Base: j.base}
		for _, f := range j.fs {
			ds[i].Features = append(ds[i].Features, DroppedFeature{Name: f.name, Factor: f.factor})
		}
	}
	return rep, rs, ds
}

// RoleRule is the rule of the role scorer's conflicts.
const RoleRule = roleRule

// RoleWeights returns the committed bias and weights of the role scorer.
func RoleWeights() (float64, []float64) { return roleBias, append([]float64(nil), roleWeights[:]...) }

// RoleMinScore returns the role scorer's committed threshold.
func RoleMinScore() float64 { return roleMinScore }

// RolePriorPrecision returns the precision of the prior the committed
// weights were fitted under.
func RolePriorPrecision() float64 { return rolePriorPrecision }

// TitleOffice exposes titleOffice to the tests.
func TitleOffice(key string) string { return titleOffice(key) }

// RivalSample is a pair of parties easily mistaken for each other that the
// rival scorer read, with its features.
type RivalSample struct {
	Part, Rival string
	X           []float64
}

// RivalSamples checks src and returns every pair the rival scorer read
// (no party moved by it).
func RivalSamples(c *Checker, src []byte) []RivalSample {
	st := c.newState(src)
	defer c.release(st)
	st.logRivals = true
	st.prepare()
	st.analyse()
	out := make([]RivalSample, len(st.rivalLog))
	for i, s := range st.rivalLog {
		out[i] = RivalSample{Part: s.part, Rival: s.rival, X: append([]float64(nil), s.x[:]...)}
	}
	return out
}

// RivalFeatureNames returns the rival scorer's feature names.
func RivalFeatureNames() []string { return append([]string(nil), rivalFeatureNames[:]...) }

// RivalMinScore returns the rival scorer's threshold.
func RivalMinScore() float64 { return rivalMinScore }

// PartTrace checks src and says how its lede's participants were read:
// whether a contact is reported in the contact window (reportsContact),
// the states with lede-level evidence that act (party, in score order),
// the sentences of the first contact word that reports a contact and of
// the first contact word whatever governs it (-1 when none), the
// sentence where the contact window ends, the first lede sentence that
// announces a contact (-1 when none), and why a meeting of three or more
// would be read: a chain of three states, a group that meets, a word of
// several parties, a listed meeting, and how many states are strong by
// title in the lede.
func PartTrace(c *Checker, src []byte) PartReading {
	st := c.newState(src)
	defer c.release(st)
	st.prepare()
	st.analyse()
	var r PartReading
	r.Contact = st.reportsContact(st.windowEnd)
	r.Speech, r.Home = st.addressAt() >= 0, st.home
	ps := make([]*partState, 0, len(st.scores))
	for _, p := range st.scores {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, byScore)
	for _, p := range ps {
		if p.party && p.ledeScore >= minScore {
			r.Parties = append(r.Parties, p.id)
		}
		if p.ledeTitle >= wPerson {
			r.Strong++
		}
	}
	r.ContactSent, r.WordSent, r.AnnounceSent = -1, -1, -1
	for k := range st.toks.Len() {
		if r.WordSent < 0 && (st.is(k, st.c.k.contact) || st.is(k, st.c.k.counterpart)) {
			r.WordSent = int(st.sentAt(k))
		}
		if st.contactAt(k) {
			r.ContactSent = int(st.sentAt(k))
			break
		}
	}
	if st.toks.Len() > 0 {
		r.WindowSent = int(st.sentAt(min(st.windowEnd, st.toks.Len()-1)))
	}
	for si := range st.sents {
		s := st.sent(si)
		if s.first > st.ledeEnd {
			break
		}
		if st.announces(s) {
			r.AnnounceSent = si
			break
		}
	}
	_, r.Triple = st.statePairs(st.windowEnd)
	r.Group = !st.pairMeeting(st.windowEnd) && st.groupMeets()
	r.Word = st.multilateralContact(st.windowEnd)
	r.Listed = st.listedMeeting(st.windowEnd)
	return r
}

// PartReading is PartTrace's answer.
type PartReading struct {
	Contact                                         bool
	Parties                                         []string
	ContactSent, WordSent, WindowSent, AnnounceSent int
	Triple, Group, Word, Listed                     bool
	Strong                                          int
	// Speech says the lede reports a speech delivered (addressAt); Home
	// is the dateline's state.
	Speech bool
	Home   string
}

// PartSample is a candidate state the fitted pair reading read, with its
// features.
type PartSample struct {
	ID string
	X  []float64
}

// PartSamples checks src and returns every candidate the fitted pair
// reading read (nothing changed by it).
func PartSamples(c *Checker, src []byte) []PartSample {
	st := c.newState(src)
	defer c.release(st)
	st.logParts = true
	st.prepare()
	st.analyse()
	out := make([]PartSample, len(st.partLog))
	for i, s := range st.partLog {
		out[i] = PartSample{ID: s.id, X: append([]float64(nil), s.x[:]...)}
	}
	return out
}

// PartFeatureNames returns the fitted pair reading's feature names.
func PartFeatureNames() []string { return append([]string(nil), partFeatureNames[:]...) }

// Confusable says whether states a and b are easily mistaken for each
// other (confusability at least minConfusable).
func Confusable(c *Checker, a, b string) bool { return c.confusability(a, b) >= minConfusable }

// RivalScore is the rival scorer's score of a row (RivalSample.X).
func RivalScore(x []float64) float64 {
	var r rivalX
	copy(r[:], x)
	return rivalScore(&r)
}

// PairRival is a participant of a bilateral reading weighed against a
// state easily mistaken for it that is no participant: the anchors of
// both, and the rival scorer's row and its score (the scorer is fitted on
// readings of three parties: the score tells how those weights read a pair).
type PairRival struct {
	Part, Rival             string
	PartLoose, RivalStrict  int
	RivalLoose              int
	PartNamed, RivalNamed   int
	PartActing, RivalActing int
	X                       []float64
	Score                   float64
}

// PairRivals checks src and weighs each participant of the lede's
// bilateral reading against each state easily mistaken for it that has
// evidence and is no participant (nothing is changed).
func PairRivals(c *Checker, src []byte) []PairRival {
	st := c.newState(src)
	defer c.release(st)
	st.prepare()
	st.analyse()
	ep := st.episodes[0]
	if len(ep.parts) != 2 || ep.multilat {
		return nil
	}
	anchors := st.stateAnchors()
	var out []PairRival
	for i, q := range ep.parts {
		other := ep.parts[1-i].id
		for _, p := range partCandidates(st.scores) {
			if ep.partIDs.has(p.id) || c.confusability(p.id, q.id) < minConfusable {
				continue
			}
			x := st.rivalFeatures(ep, q, other, p.id, st.scores, anchors)
			out = append(out, PairRival{Part: q.id, Rival: p.id, PartLoose: anchors[q.id].loose, RivalStrict: anchors[p.id].n,
				RivalLoose: anchors[p.id].loose, PartNamed: st.timesNamed(q.id), RivalNamed: st.timesNamed(p.id),
				PartActing: st.actingNamed(ep, q.id), RivalActing: st.actingNamed(ep, p.id), X: x[:], Score: rivalScore(&x)})
		}
	}
	return out
}

// SwapSample is one reading of the swap-pair scorer: the lone word's span
// in the original bytes and its features.
type SwapSample struct {
	Start, End int
	X          []float64
}

// SwapSamples checks src and returns every reading the swap-pair scorer
// made (the readings decided as the committed weights decide them).
func SwapSamples(c *Checker, src []byte) []SwapSample {
	st := c.newState(src)
	defer c.release(st)
	st.logSwaps = true
	st.prepare()
	st.analyse()
	out := make([]SwapSample, len(st.swapLog))
	for i, s := range st.swapLog {
		out[i] = SwapSample{Start: s.start, End: s.end, X: append([]float64(nil), s.x[:]...)}
	}
	return out
}

// SwapFeatureNames returns the swap-pair scorer's feature names.
func SwapFeatureNames() []string { return append([]string(nil), swapFeatureNames[:]...) }

// SwapHandWeights returns the hand weights the swap-pair fit's prior is
// centred on.
func SwapHandWeights() []float64 { return append([]float64(nil), swapHandWeights[:]...) }

// SwapMinProb returns the swap-pair scorer's threshold.
func SwapMinProb() float64 { return swapPairMinProb }

// SwapHandBias returns the hand weights' bias.
func SwapHandBias() float64 { return swapHandBias }
