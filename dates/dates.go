// Package dates reads the dates of Arabic news text: the date a release
// gives for itself in its dateline (بكين 5 ديسمبر 2026 (شينخوا)، القاهرة في
// 8 كانون الثاني / يناير 2026 --) or beside اليوم and أمس in its body
// (أمس الأحد 4 ديسمبر 2026).
//
// Month names are read in the forms Arabic news uses: the Egyptian and Gulf
// forms (يناير … ديسمبر, with يونيه and يوليه), the Levantine and Iraqi forms
// (كانون الثاني … كانون الأول، مايس), the Maghrebi forms (جانفي، أفريل،
// جوان، جويلية، أوت، ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and both forms
// together (كانون الثاني / يناير). Digits may be Latin, Arabic-Indic or
// Persian. A date is day, month and year (1900–2100); a weekday before it
// and من، شهر، عام or م around it are read too. Numeric dates (2026/12/05،
// 05-12-2026، 5.12.2026) are read in a dateline only, day first unless the
// year leads. Hijri dates are not read: a Hijri year is outside the range,
// so الموافق's Gregorian date is the one found.
package dates

import (
	"bytes"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is a date found in a text.
type Date struct {
	// Time is the day at midnight UTC. For a date read beside أمس
	// (yesterday) it is the day after the date written: the release's
	// own date.
	Time time.Time
	// Start and End are the byte offsets of the date as written in the
	// text given (weekday and اليوم/أمس not included); Text is
	// text[Start:End].
	Start, End int
	Text       string
	// Dateline says whether the date was read in the release's dateline
	// (false: beside اليوم or أمس in the body).
	Dateline bool
}

// datelineLines is how many non-empty lines may open a release before its
// dateline (a headline, a subtitle).
const datelineLines = 3

// datelineWords is how far into a line a dateline's date may start, in
// tokens (مسقط في يوم الأحد 2 ديسمبر 2026: the city, في, the weekday;
// الرياض 15 جمادى الآخرة 1447 هـ الموافق 5 ديسمبر 2026: a Hijri date first).
const datelineWords = 10

// dateWords is how many tokens of a line the dateline's date is looked
// for among: enough for a date that starts among the first datelineWords
// (28 كانون الثاني / يناير 2026 is six).
const dateWords = datelineWords + 8

// placeWords is how many words other than في, a weekday and a Hijri date
// may stand before a dateline's date: a place's name (بندر سري بكاوان).
const placeWords = 3

// headlineTokens is how long a line before the dateline may be: a headline
// or subtitle, not a paragraph.
const headlineTokens = 30

// Release returns the date a release gives for itself: the first date in
// the opening words of one of its first three non-empty lines (its
// dateline, after a headline), else the first date beside اليوم, أمس or
// غدا in its body, shifted to the release's day. Dates elsewhere in the
// body (anniversaries, past events) are not the release's. ok is false
// when the text gives none.
func Release(text []byte) (d Date, ok bool) {
	if d, ok := dateline(text); ok {
		return d, true
	}
	// The body is not tokenised whole: only around the words that place a
	// date relative to the release, in text order.
	// the tokens around each relative word are read into store (a window
	// of relativeWindow bytes holds fewer tokens than it has bytes)
	var store [relativeWindow / 2]token
	var next [4]int // next occurrence of each relativeBytes word, or len(text)
	for w := range relativeBytes {
		next[w] = indexFrom(text, 0, relativeBytes[w])
	}
	for {
		at, w := len(text), 0
		for k, n := range next {
			if n < at {
				at, w = n, k
			}
		}
		if at == len(text) {
			return Date{}, false
		}
		from := at
		for k := 0; k < 4 && from > 0; k++ { // the word's first letters (بالأمس)
			_, size := utf8.DecodeLastRune(text[:from])
			from -= size
		}
		to := min(len(text), at+relativeWindow)
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		if d, ok := relativeDate(text, appendTokens(store[:0], text, from, to, -1)); ok {
			return d, true
		}
		next[w] = indexFrom(text, at+1, relativeBytes[w])
	}
}

// indexFrom returns the first index of w in text at or after from, or
// len(text).
func indexFrom(text []byte, from int, w []byte) int {
	if k := bytes.Index(text[from:], w); k >= 0 {
		return from + k
	}
	return len(text)
}

// relativeBytes are the words of relative as written (before
// normalisation): where relativeDate looks.
var relativeBytes = [][]byte{[]byte("اليوم"), []byte("أمس"), []byte("امس"), []byte("غدا")}

// relativeWindow is how many bytes after a relative word are read for its
// date (أمس الخميس الموافق ٣ كانون الأول / ديسمبر ٢٠٢٦).
const relativeWindow = 160

// relativeDate returns the first date that follows a relative word among
// toks, with a weekday, الموافق or a comma at most between them, shifted to
// the release's day.
func relativeDate(text []byte, toks []token) (Date, bool) {
	for i := range toks {
		shift, ok := relative[toks[i].word]
		if !ok || toks[i].kind != kWord {
			continue
		}
		// اليوم الأحد 5 ديسمبر، أمس الخميس الموافق 4 ديسمبر
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if d, ok := readDate(text, toks, k, false); ok {
				d.Time = d.Time.AddDate(0, 0, shift)
				return d, true
			}
			if !weekday[toks[k].word] && toks[k].word != "الموافق" && toks[k].word != "،" {
				break
			}
		}
	}
	return Date{}, false
}

// dateline finds the date in the opening words of one of the first
// datelineLines non-empty lines: the lines before it must read as
// headlines (short, no full stop at the end), and only a place's name, في,
// a weekday or a Hijri date may stand before it on its line; a line where
// اليوم or أمس comes first is the body's.
func dateline(text []byte) (Date, bool) {
	// every line's tokens are read into store: as many as the headline
	// test below needs, the first dateWords of them before the date is
	// looked for (a line that has the date needs no more)
	var store [max(dateWords, headlineTokens+1)]token
	start := 0
	for seen := 0; seen < datelineLines && start < len(text); {
		end := len(text)
		if k := bytes.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
		}
		toks := appendTokens(store[:0], text, start, end, dateWords)
		if len(toks) == 0 {
			start = end + 1
			continue
		}
		seen++
		words := 0
		for k := 0; k < len(toks) && k < datelineWords && words <= placeWords; k++ {
			if d, ok := readDate(text, toks, k, true); ok {
				d.Dateline = true
				return d, true
			}
			w := toks[k].word
			if _, rel := relative[w]; rel {
				break
			}
			if toks[k].kind == kWord && !weekday[w] && !hijri[w] && w != "في" && w != "الموافق" {
				words++
			}
		}
		if len(toks) == dateWords { // the rest of the line, as far as the test needs
			toks = appendTokens(toks, text, toks[len(toks)-1].end, end, len(store))
		}
		toks = toks[:min(len(toks), headlineTokens+1)]
		if len(toks) > headlineTokens {
			break // a paragraph, not a headline: the dateline would have opened it
		}
		if w := toks[len(toks)-1].word; w == "." || w == "؟" || w == "!" {
			break
		}
		start = end + 1
	}
	return Date{}, false
}

// hijri holds the Hijri month names and era marks (normalised), which may
// precede the Gregorian date in a dateline.
var hijri = map[string]bool{
	"محرم": true, "صفر": true, "ربيع": true, "الاول": true, "الاخر": true, "الثاني": true, "جمادي": true,
	"الاولي": true, "الاخرة": true, "رجب": true, "شعبان": true, "رمضان": true, "شوال": true, "ذو": true,
	"القعدة": true, "الحجة": true, "ه": true, "هـ": true,
}

// All returns every date of day, month and year written with a month name
// in text, in order (numeric dates are only read in a dateline: see
// Release).
func All(text []byte) []Date {
	toks := tokenize(text, 0, len(text), -1)
	var out []Date
	for i := 0; i < len(toks); i++ {
		if d, ok := readDate(text, toks, i, false); ok {
			out = append(out, d)
			for i+1 < len(toks) && toks[i+1].start < d.End {
				i++
			}
		}
	}
	return out
}

// relative maps the words that place a date relative to the release to the
// days from that date to the release's.
var relative = map[string]int{"اليوم": 0, "امس": 1, "بالامس": 1, "غدا": -1}

var weekday = map[string]bool{
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true,
	"الجمعة": true, "السبت": true, "يوم": true,
}

// months maps a normalised month word (or the second word of a two-word
// Levantine name, keyed "first second") to its number.
var months = map[string]int{
	"يناير": 1, "جانفي": 1, "فبراير": 2, "فيفري": 2, "شباط": 2, "مارس": 3, "اذار": 3,
	"ابريل": 4, "افريل": 4, "نيسان": 4, "مايو": 5, "ماي": 5, "ايار": 5, "مايس": 5,
	"يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7, "جويلية": 7,
	"يوليوز": 7, "تموز": 7, "اغسطس": 8, "اوت": 8, "غشت": 8, "اب": 8, "سبتمبر": 9,
	"شتنبر": 9, "ايلول": 9, "اكتوبر": 10, "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12,
	"دجنبر":        12,
	"كانون الثاني": 1, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}

// readDate reads a date starting at token i: day month year with a month
// name, or, when numeric is set, a numeric date.
func readDate(text []byte, toks []token, i int, numeric bool) (Date, bool) {
	if i >= len(toks) || toks[i].kind != kDigits {
		return Date{}, false
	}
	if numeric {
		if d, ok := readNumeric(text, toks, i); ok {
			return d, true
		}
	}
	day := toks[i]
	if day.ndig > 2 || day.val < 1 || day.val > 31 {
		return Date{}, false
	}
	k := i + 1
	if k < len(toks) && toks[k].word == "من" {
		k++
	}
	if k < len(toks) && toks[k].word == "شهر" {
		k++
	}
	month, k, ok := readMonth(toks, k)
	if !ok {
		return Date{}, false
	}
	if k < len(toks) && toks[k].word == "،" {
		k++
	}
	if k+1 < len(toks) && toks[k].word == "من" && (toks[k+1].word == "عام" || toks[k+1].word == "العام") {
		k += 2
	} else if k < len(toks) && (toks[k].word == "عام" || toks[k].word == "سنة") {
		k++
	}
	if k >= len(toks) || toks[k].kind != kDigits || toks[k].ndig != 4 {
		return Date{}, false
	}
	year := toks[k]
	if k+1 < len(toks) && toks[k+1].word == "ه" && toks[k+1].start == year.end {
		return Date{}, false // 1447هـ
	}
	t, ok := makeDate(year.val, month, day.val)
	if !ok {
		return Date{}, false
	}
	return Date{Time: t, Start: day.start, End: year.end, Text: string(text[day.start:year.end])}, true
}

// readMonth reads a month name at token k, alone or with its other form
// (كانون الثاني / يناير، يناير (كانون الثاني)); two forms must agree.
func readMonth(toks []token, k int) (month, next int, ok bool) {
	month, next, ok = monthAt(toks, k)
	if !ok {
		return 0, k, false
	}
	j := next
	open := false
	if j < len(toks) && (toks[j].word == "/" || toks[j].word == "-" || toks[j].word == "(") {
		open = toks[j].word == "("
		j++
	}
	if other, after, ok2 := monthAt(toks, j); ok2 {
		if other != month {
			return 0, k, false
		}
		next = after
		if open && next < len(toks) && toks[next].word == ")" {
			next++
		}
	}
	return month, next, true
}

// monthAt reads one month name (one word, or two for the Levantine names
// with الاول/الثاني) at token k.
func monthAt(toks []token, k int) (month, next int, ok bool) {
	if k >= len(toks) || toks[k].kind != kWord {
		return 0, k, false
	}
	if k+1 < len(toks) && toks[k+1].kind == kWord {
		if m, ok := months[toks[k].word+" "+toks[k+1].word]; ok {
			return m, k + 2, true
		}
	}
	if toks[k].word == "كانون" || toks[k].word == "تشرين" {
		return 0, k, false // the name needs its second word
	}
	if m, ok := months[toks[k].word]; ok {
		return m, k + 1, true
	}
	return 0, k, false
}

// readNumeric reads a numeric date written without spaces: day first
// (05-12-2026، 5/12/2026، 5.12.2026) or year first (2026/12/05).
func readNumeric(text []byte, toks []token, i int) (Date, bool) {
	if i+4 >= len(toks) {
		return Date{}, false
	}
	a, s1, b, s2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
	if b.kind != kDigits || c.kind != kDigits || s1.kind != kPunct || s1.word != s2.word ||
		(s1.word != "/" && s1.word != "-" && s1.word != ".") {
		return Date{}, false
	}
	if s1.start != a.end || b.start != s1.end || s2.start != b.end || c.start != s2.end {
		return Date{}, false
	}
	if c.end < len(text) {
		// 2026/12/05/1 or 5-12-2026هـ is something else
		if r, _ := utf8.DecodeRune(text[c.end:]); unicode.IsDigit(r) || unicode.IsLetter(r) || r == '/' || r == '-' {
			return Date{}, false
		}
	}
	var y, m, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2:
		y, m, d = a.val, b.val, c.val
	case c.ndig == 4 && a.ndig <= 2 && b.ndig <= 2:
		y, m, d = c.val, b.val, a.val
	default:
		return Date{}, false
	}
	t, ok := makeDate(y, m, d)
	if !ok {
		return Date{}, false
	}
	return Date{Time: t, Start: a.start, End: c.end, Text: string(text[a.start:c.end])}, true
}

// makeDate returns the day, if it exists and its year is 1900–2100.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false // 31 April
	}
	return t, true
}
