package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestProgress(t *testing.T) {
	t.Run("off when not a terminal", func(t *testing.T) {
		var b bytes.Buffer
		p := newProgress(&b, 10)
		for i := 0; i < 10; i++ {
			p.step()
		}
		p.clear()
		assert.Empty(t, b.String())
	})
	t.Run("bar, count and rate on a terminal", func(t *testing.T) {
		var b bytes.Buffer
		p := &progress{w: &b, on: true, total: 4, start: time.Now()}
		for i := 0; i < 4; i++ {
			p.step()
		}
		out := b.String()
		assert.True(t, strings.HasPrefix(out, "\r["))
		assert.Contains(t, out, "4/4 files")
		assert.Contains(t, out, "files/s")
		assert.Contains(t, out, "["+strings.Repeat("=", 30)+"]", "full at the end")
		p.clear()
		assert.True(t, strings.HasSuffix(b.String(), "\r\033[K"), "clear erases the line")
	})
}
