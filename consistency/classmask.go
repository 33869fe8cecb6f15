package consistency

// classMask is a set of the rules' word classes: class i (in the sorted
// order of the classes' names) is bit i of lo for i < 64, bit i-64 of hi
// above. A word's classes, a class the code reads by name and a pattern
// element's class are each a classMask. It is a struct of two words, not
// an array, so that the compiler keeps it in registers.
type classMask struct{ lo, hi uint64 }

// maxClasses is the number of word classes the rules may define.
const maxClasses = 128

// classOf returns the mask of class i alone (0 <= i < maxClasses).
func classOf(i int) classMask {
	if i < 64 {
		return classMask{lo: 1 << uint(i)}
	}
	return classMask{hi: 1 << uint(i-64)}
}

// or returns the classes of m and of o.
func (m classMask) or(o classMask) classMask { return classMask{m.lo | o.lo, m.hi | o.hi} }

// any says whether m and o share a class.
func (m classMask) any(o classMask) bool { return m.lo&o.lo|m.hi&o.hi != 0 }

// empty says whether m holds no class.
func (m classMask) empty() bool { return m.lo|m.hi == 0 }
