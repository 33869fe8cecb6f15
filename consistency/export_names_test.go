package consistency

// PersonOcc is one occurrence of a person the checker read: its bytes in
// the checked text (proclitics left out), its normalised words, its
// cluster and the known person's ID, "" for a name the gazetteer does not
// know.
type PersonOcc struct {
	Start, End int
	Words      []string
	Cluster    int
	Known      string
	Country    string
}

// PersonTrace checks src as Check does and returns its report, every
// person occurrence, and a function that says why occurrences i and j
// (indices into the occurrences) are not one cluster: "" when they are,
// "names differ" when compatible refuses them, "contexts differ" when
// their names agree but their states do not (and fullNameAcross does not
// join them), "one of several" when they agree and the occurrence joined
// no cluster or another one.
func PersonTrace(c *Checker, src []byte) (*Report, []PersonOcc, func(i, j int) string) {
	st := c.newState(src)
	st.prepare()
	st.analyse()
	rep := st.report()
	occ := make([]PersonOcc, len(st.persons))
	for i := range st.persons {
		p := &st.persons[i]
		sp := st.personSpan(p)
		occ[i] = PersonOcc{Start: sp.Start, End: sp.End, Words: append([]string(nil), p.words...), Cluster: p.cluster, Country: p.country}
		if p.known != nil {
			occ[i].Known = p.known.ID
		}
	}
	why := func(i, j int) string {
		p, q := &st.persons[i], &st.persons[j]
		if p.cluster == q.cluster {
			return ""
		}
		if p.known != nil && q.known != nil && st.c.people.SamePerson(p.known, q.known) {
			return "one known person, apart"
		}
		a, b := p, q
		if len(b.words) > len(a.words) {
			a, b = b, a
		}
		if !compatible(b, a) && !compatible(a, b) {
			return "names differ"
		}
		if p.country != "" && q.country != "" && p.country != q.country {
			if !st.fullNameAcross(b, a, &cluster{known: a.known}) {
				return "contexts differ"
			}
		}
		return "one of several"
	}
	return rep, occ, why
}
