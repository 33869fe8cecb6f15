package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClassMask: each class of the maxClasses has a bit of its own, in
// either word of the mask; or, any and empty read every word.
func TestClassMask(t *testing.T) {
	for _, i := range []int{0, 1, 63, 64, 65, maxClasses - 1} {
		m := classOf(i)
		assert.False(t, m.empty(), "class %d", i)
		assert.True(t, m.any(m), "class %d", i)
		for _, j := range []int{0, 1, 63, 64, 65, maxClasses - 1} {
			assert.Equal(t, i == j, m.any(classOf(j)), "class %d against %d", i, j)
			both := m.or(classOf(j))
			assert.True(t, both.any(classOf(i)) && both.any(classOf(j)), "classes %d and %d", i, j)
		}
	}
	var none classMask
	assert.True(t, none.empty())
	assert.False(t, none.any(classOf(64)))
	assert.False(t, classOf(0).or(classOf(64)).any(classOf(1).or(classOf(65))))
}
