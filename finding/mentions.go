package finding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"iter"
	"math"
	"slices"
)

// MentionList is the entity mentions of a report, in text order. A long
// list is held compactly: 12 bytes a mention, and the text, entities,
// kind, form and role once per distinct combination of them (a text that
// names one state a million times holds its name once). At gives a
// mention back as a Mention; the JSON form is a list of Mention objects,
// exactly as a []Mention encodes.
//
// The zero value is an empty list that encodes as JSON null, as a nil
// slice does; NewMentionList makes an empty list that encodes as []. Like a
// slice, copies of a list share its storage: append to one copy only.
type MentionList struct {
	// small holds the mentions as they are while they are few (at most
	// smallList, and the list was not made for more); recs and classes
	// hold them otherwise: nrec records in chunks of recChunk (the first
	// may be shorter while the list is short), each chunk allocated whole,
	// so that a long list is made of pieces that fit the memory other
	// structures gave back, and never copied to grow.
	small []Mention
	recs  [][]mentionRec
	nrec  int
	// classes are the distinct mentions without their span (Start and End
	// are zero, except for a mention whose span does not fit a record: its
	// Start and End are its class's).
	classes []Mention
	// index finds a mention's class by a hash of its fields (classOf); an
	// entry is checked against classes, since copies of the list share
	// the map.
	index map[uint64]uint32
	// last is the class of the last mention appended.
	last uint32
}

// smallList is the number of mentions up to which a list holds them as
// they are: a release has a few hundred at most, and compacting them
// would cost more time than it saves memory.
const smallList = 512

// recShift sets the records of a chunk of a compact list: recChunk, 768
// KB of them.
const (
	recShift = 16
	recChunk = 1 << recShift
	recMask  = recChunk - 1
)

// mentionRec is one mention of a compact list: its start, its length
// (wideSpan when its class holds the span) and its class.
type mentionRec struct {
	start uint32
	n     int32
	class uint32
}

// wideSpan marks a record whose span is its class's Start and End: a start
// that is not a uint32 or a length that is not an int32 (a report's
// mentions are within a text of less than 4 GiB; a list read from JSON
// may hold any).
const wideSpan = math.MinInt32

// NewMentionList returns an empty list (JSON []) with room for n mentions.
func NewMentionList(n int) MentionList {
	if n <= smallList {
		return MentionList{small: make([]Mention, 0, max(n, 0))}
	}
	l := MentionList{recs: make([][]mentionRec, 1, (n-1)>>recShift+1)}
	l.recs[0] = make([]mentionRec, min(n, recChunk))
	return l
}

// MentionsOf returns a list of ms (the zero list when ms is nil).
func MentionsOf(ms []Mention) MentionList {
	if ms == nil {
		return MentionList{}
	}
	l := NewMentionList(len(ms))
	l.Append(ms...)
	return l
}

// Len returns the number of mentions.
func (l MentionList) Len() int { return len(l.small) + l.nrec }

// IsNil says whether l is the zero list (JSON null): a list made by
// NewMentionList, MentionsOf of a non-nil slice, or appended to is not.
func (l MentionList) IsNil() bool { return l.small == nil && l.recs == nil }

// At returns mention i (0 <= i < Len()). Its Entities are shared with
// the list: do not modify them.
func (l MentionList) At(i int) Mention {
	if l.recs == nil {
		return l.small[i]
	}
	r := l.recs[i>>recShift][i&recMask]
	m := l.classes[r.class]
	if r.n != wideSpan {
		m.Start = int(r.start)
		m.End = m.Start + int(r.n)
	}
	return m
}

// All yields every mention with its index, in order.
func (l MentionList) All() iter.Seq2[int, Mention] {
	return func(yield func(int, Mention) bool) {
		for i := range l.Len() {
			if !yield(i, l.At(i)) {
				return
			}
		}
	}
}

// Slice returns the mentions as a new slice (nil for the zero list).
func (l MentionList) Slice() []Mention {
	if l.IsNil() {
		return nil
	}
	out := make([]Mention, l.Len())
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

// Append adds ms at the end of the list. The list keeps the strings and
// the Entities slices as they are, one of each distinct mention in a long
// list (shared: do not modify the slices afterwards).
func (l *MentionList) Append(ms ...Mention) {
	if l.recs == nil {
		if len(l.small)+len(ms) <= smallList {
			if l.small == nil {
				l.small = make([]Mention, 0, len(ms))
			}
			l.small = append(l.small, ms...)
			return
		}
		// Too many to hold as they are: compact the list.
		small := l.small
		l.small = nil
		l.recs = [][]mentionRec{make([]mentionRec, min(2*(len(small)+len(ms)), recChunk))}
		l.appendCompact(small)
	}
	l.appendCompact(ms)
}

// appendCompact appends ms to a compact list.
func (l *MentionList) appendCompact(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		n := m.End - m.Start
		wide := n != int(int32(n)) || n == wideSpan || m.Start != int(uint32(m.Start))
		class := l.classOf(m, wide)
		if wide {
			l.addRec(mentionRec{n: wideSpan, class: class})
			continue
		}
		l.addRec(mentionRec{start: uint32(m.Start), n: int32(n), class: class})
	}
}

// addRec puts r after the list's last record: in the last chunk, which
// doubles (by a copy) while it is shorter than recChunk, or in a new one.
func (l *MentionList) addRec(r mentionRec) {
	c, k := l.nrec>>recShift, l.nrec&recMask
	if c == len(l.recs) {
		l.recs = append(l.recs, make([]mentionRec, recChunk))
	} else if k == len(l.recs[c]) {
		grown := make([]mentionRec, min(2*k, recChunk))
		copy(grown, l.recs[c][:k])
		l.recs[c] = grown
	}
	l.recs[c][k] = r
	l.nrec++
}

// classOf returns the class of m, adding it when it is new: the last
// class is compared, then a map from a hash of the fields finds the
// candidate (a collision only adds a duplicate class).
func (l *MentionList) classOf(m *Mention, wide bool) uint32 {
	if !wide && int(l.last) < len(l.classes) && sameClass(&l.classes[l.last], m, false) {
		return l.last
	}
	if l.index == nil {
		l.index = make(map[uint64]uint32, len(l.classes)+64)
		for c := range l.classes {
			cm := &l.classes[c]
			l.index[classHash(cm, cm.Start != 0 || cm.End != 0)] = uint32(c)
		}
	}
	h := classHash(m, wide)
	if c, ok := l.index[h]; ok && int(c) < len(l.classes) && sameClass(&l.classes[c], m, wide) {
		l.last = c
		return c
	}
	c := uint32(len(l.classes))
	cm := Mention{Text: m.Text, Entity: m.Entity, Entities: m.Entities, Kind: m.Kind, Form: m.Form, Role: m.Role}
	if wide {
		cm.Start, cm.End = m.Start, m.End
	}
	l.classes = append(l.classes, cm)
	l.index[h] = c
	l.last = c
	return c
}

// hashSeed seeds classHash.
var hashSeed = maphash.MakeSeed()

// classHash hashes the fields that make m's class.
func classHash(m *Mention, wide bool) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	for _, s := range [...]string{m.Text, m.Entity, m.Kind, m.Form, m.Role} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	for _, e := range m.Entities {
		h.WriteString(e)
		h.WriteByte(1)
	}
	if m.Entities == nil {
		h.WriteByte(2)
	}
	if wide {
		maphash.WriteComparable(&h, m.Start)
		maphash.WriteComparable(&h, m.End)
	}
	return h.Sum64()
}

// sameClass says whether m belongs to class c (with c's span when wide).
func sameClass(c, m *Mention, wide bool) bool {
	return c.Text == m.Text && c.Entity == m.Entity && c.Kind == m.Kind && c.Form == m.Form &&
		c.Role == m.Role && (c.Entities == nil) == (m.Entities == nil) && slices.Equal(c.Entities, m.Entities) &&
		(!wide || c.Start == m.Start && c.End == m.End) && (wide || c.Start == 0 && c.End == 0)
}

// MarshalJSON writes the list as a []Mention encodes: null for the zero
// list, else an array of mention objects.
func (l MentionList) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the encoder that called us escapes if it should
	if err := enc.Encode(l.Slice()); err != nil {
		return nil, fmt.Errorf("finding: mentions: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads what MarshalJSON writes (and what a []Mention
// reads): null gives the zero list.
func (l *MentionList) UnmarshalJSON(data []byte) error {
	var ms []Mention
	if err := json.Unmarshal(data, &ms); err != nil {
		return fmt.Errorf("finding: mentions: %w", err)
	}
	*l = MentionsOf(ms)
	return nil
}
