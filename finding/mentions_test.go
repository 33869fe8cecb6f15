package finding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// requireSameList checks l against ms: every accessor, the slice and the
// JSON a []Mention gives (with HTML escaped and not).
func requireSameList(t *testing.T, ms []Mention, l MentionList) {
	t.Helper()
	require.Equal(t, len(ms), l.Len())
	require.Equal(t, ms == nil, l.IsNil())
	for i := range ms {
		require.Equal(t, ms[i], l.At(i), "mention %d", i)
	}
	n := 0
	for i, m := range l.All() {
		require.Equal(t, ms[i], m)
		n++
	}
	require.Equal(t, len(ms), n)
	require.Equal(t, ms, l.Slice())
	for _, escape := range []bool{true, false} {
		var want, got bytes.Buffer
		e1, e2 := json.NewEncoder(&want), json.NewEncoder(&got)
		e1.SetEscapeHTML(escape)
		e2.SetEscapeHTML(escape)
		require.NoError(t, e1.Encode(struct {
			M []Mention `json:"mentions"`
		}{ms}))
		require.NoError(t, e2.Encode(struct {
			M MentionList `json:"mentions"`
		}{l}))
		require.Equal(t, want.String(), got.String())
	}
	// Decoding gives what decoding into a []Mention gives.
	var back MentionList
	var want []Mention
	raw, err := json.Marshal(l)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &back))
	require.NoError(t, json.Unmarshal(raw, &want))
	require.Equal(t, want == nil, back.IsNil())
	require.Equal(t, want, back.Slice())
}

// manyMentions makes n mentions cycling through k distinct readings,
// some ambiguous, one with no entity.
func manyMentions(n, k int) []Mention {
	ms := make([]Mention, n)
	roles := []string{"participant", "third-party", "topic", "<b>&</b>"}
	for i := range ms {
		c := i % k
		m := Mention{Start: 7 * i, End: 7*i + 5 + c%3, Text: fmt.Sprintf("name%d", c), Kind: "country", Form: "name",
			Role: roles[c%len(roles)]}
		switch c % 5 {
		case 0:
		case 1:
			m.Entity, m.Entities = "AZ", []string{"AZ", "OM"}
		case 2:
			m.Entity, m.Entities = "AZ", []string{}
		default:
			m.Entity = fmt.Sprintf("E%d", c)
		}
		ms[i] = m
	}
	return ms
}

func TestMentionList(t *testing.T) {
	for _, tc := range []struct {
		name string
		ms   []Mention
	}{
		{"nil", nil},
		{"empty", []Mention{}},
		{"one", manyMentions(1, 1)},
		{"small, all distinct", manyMentions(smallList, smallList)},
		{"one past small, all distinct", manyMentions(smallList+1, smallList+1)},
		{"long, one reading", manyMentions(5000, 1)},
		{"long, 9 readings", manyMentions(5000, 9)},
		{"long, all distinct", manyMentions(3000, 3000)},
		{"spans too long or reversed for a record", []Mention{
			{Start: 0, End: math.MaxInt32 + 10, Text: "a"}, {Start: 5, End: 1, Text: "a"},
			{Start: math.MaxInt32 + 1, End: 0, Text: "a"}, {Start: 0, End: math.MinInt32, Text: "a"},
			{Start: 1 << 40, End: 1<<40 + 3, Text: "a"}, {Start: 0, End: math.MaxInt32 + 10, Text: "a"},
		}},
		{"starts that are not 32-bit beside ones that are", func() []Mention {
			ms := manyMentions(2*smallList, 3)
			for i := 0; i < len(ms); i += 7 {
				ms[i].Start, ms[i].End = []int{-3, math.MaxUint32 + 1, math.MaxUint32, 1 << 40}[i%4], 0
				ms[i].End = ms[i].Start + 5
			}
			return ms
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requireSameList(t, tc.ms, MentionsOf(tc.ms))
			if tc.ms == nil {
				return
			}
			// Appended one by one to a list made too small, the list
			// turns compact on the way.
			l := NewMentionList(1)
			for _, m := range tc.ms {
				l.Append(m)
			}
			requireSameList(t, tc.ms, l)
			// Long spans again, after the list is compact.
			if len(tc.ms) > smallList {
				l.Append(tc.ms[:3]...)
				requireSameList(t, append(append([]Mention(nil), tc.ms...), tc.ms[:3]...), l)
			}
		})
	}
}

// TestMentionListCompact: a long list of few readings holds each reading
// once; a short one holds its mentions as they are.
func TestMentionListCompact(t *testing.T) {
	l := MentionsOf(manyMentions(100_000, 9))
	require.Len(t, l.classes, 9)
	require.Nil(t, l.small)
	s := MentionsOf(manyMentions(smallList, 9))
	require.Nil(t, s.recs)
	require.Nil(t, s.classes)
	// The records are in chunks of recChunk, made whole as needed: none
	// larger, none made before it is needed.
	require.Len(t, l.recs, (100_000+recChunk-1)/recChunk)
	for _, c := range l.recs {
		require.Equal(t, recChunk, len(c))
	}
	ms := manyMentions(2*recChunk+5, 3)
	grown := NewMentionList(1)
	for i := range ms {
		grown.Append(ms[i])
	}
	require.Len(t, grown.recs, 3)
	require.Equal(t, recChunk, cap(grown.recs[0]))
	require.Equal(t, len(ms), grown.Len())
	for i, m := range grown.All() {
		if m.Start != ms[i].Start || m.End != ms[i].End || m.Text != ms[i].Text {
			require.Equal(t, ms[i], m, "mention %d", i)
		}
	}
}

// TestMentionListCopies: copies share storage as slices do; a copy taken
// before appends still reads its own mentions, and a copy that appends
// new readings does not corrupt the readings of the original's later
// appends.
func TestMentionListCopies(t *testing.T) {
	ms := manyMentions(2000, 40)
	l := MentionsOf(ms[:1000])
	old := l
	c := l
	c.Append(manyMentions(10, 10)...) // new readings in the copy
	l.Append(ms[1000:]...)
	requireSameList(t, ms[:1000], old.withLen(1000))
	requireSameList(t, ms, l)
}

// withLen returns the first n mentions of l (a test helper: a copy's view).
func (l MentionList) withLen(n int) MentionList {
	if l.recs == nil {
		l.small = l.small[:n]
	} else {
		l.nrec = n
	}
	return l
}

func TestMentionListUnmarshalErrors(t *testing.T) {
	var l MentionList
	require.ErrorContains(t, json.Unmarshal([]byte(`{"x":1}`), &l), "mentions")
	require.ErrorContains(t, json.Unmarshal([]byte(`[{"start":"a"}]`), &l), "mentions")
	require.NoError(t, json.Unmarshal([]byte(`null`), &l))
	require.True(t, l.IsNil())
	require.NoError(t, json.Unmarshal([]byte(`[]`), &l))
	require.False(t, l.IsNil())
	require.Zero(t, l.Len())
}

func FuzzMentionList(f *testing.F) {
	f.Add("الصين", "CN", "country", 3, 10, 2000, uint8(3))
	f.Add("<&>\u2028\xff", "", "", -5, 1<<40, 600, uint8(0))
	f.Fuzz(func(t *testing.T, text, entity, role string, start, length, n int, k uint8) {
		n = min(max(n, 0), 2*smallList+10)
		ms := make([]Mention, n)
		for i := range ms {
			c := i % (int(k) + 1)
			ms[i] = Mention{Start: start + i, End: start + i + length + c, Text: text[:min(len(text), c)], Entity: entity,
				Role: role, Kind: "country"}
			if c%2 == 1 {
				ms[i].Entities = []string{entity, text}
			}
		}
		requireSameList(t, ms, MentionsOf(ms))
	})
}
