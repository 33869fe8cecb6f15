package longtest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEnabled(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": !testing.Short(), "yes": !testing.Short()} {
		t.Setenv(Env, v)
		assert.Equal(t, want, Enabled(), "%s=%q", Env, v)
	}
}
