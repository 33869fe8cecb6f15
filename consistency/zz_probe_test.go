package consistency_test

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("PROBE"), "|") {
		rep, err := mustChecker(t).Check([]byte(ledeCNAZ + s + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s", s)
		for _, f := range rep.Findings {
			t.Logf("   %s %s %q %s->%s", f.Kind, f.Rule, f.Text, f.Entity, f.Expected)
		}
	}
}
