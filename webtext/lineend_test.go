package webtext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestChromeStartLongLine: a credit glued to the end of a very long line is
// still found, and only the end of the line is searched.
func TestChromeStartLongLine(t *testing.T) {
	para := strings.Repeat("وقال وانغ إن الصين تقدر الدعم القوي ", 3000) // about 100 KB
	tests := []struct {
		name string
		text string
		want int
	}{
		{"credit at the end of a 100 KB line", para + "المشترك.Editor/Bian Wenjun", len(para) + len("المشترك.")},
		{"credit far from the end is not chrome", para[:2000] + "Editor/Bian " + para, len(para[:2000] + "Editor/Bian " + para)},
		{"one 100 KB word", strings.Repeat("ا", 50000) + " Editor/X", len(strings.Repeat("ا", 50000)) + 1},
		{"one 100 KB word, no space", strings.Repeat("ا", 50000), 100000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ChromeStart([]byte(tc.text)))
		})
	}
}
