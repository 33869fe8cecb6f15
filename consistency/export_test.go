package consistency

// RoleSample is a mention the role scorer read: its bytes in the checked
// text and its features (RoleFeatureNames' order).
type RoleSample struct {
	Start, End int
	X          []float64
	// Positioned says the scorer reads it (a participant-like position).
	Positioned bool
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
		out[i] = RoleSample{Start: s.start, End: s.end, X: append([]float64(nil), s.x[:]...), Positioned: s.x.positioned()}
	}
	return out
}

// RoleWeights returns the committed bias and weights of the role scorer.
func RoleWeights() (float64, []float64) { return roleBias, append([]float64(nil), roleWeights[:]...) }

// RoleMinScore returns the role scorer's committed threshold.
func RoleMinScore() float64 { return roleMinScore }

// RolePriorPrecision returns the precision of the prior the committed
// weights were fitted under.
func RolePriorPrecision() float64 { return rolePriorPrecision }

// TitleOffice exposes titleOffice to the tests.
func TitleOffice(key string) string { return titleOffice(key) }
