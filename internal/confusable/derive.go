package confusable

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// The score each kind of evidence contributes. A pair's score combines its
// reasons as independent evidence (noisy-or: 1 − Π(1 − sᵢ)); so does each
// source's score (Pair.Zh, Ar, En) over the reasons of that source, and
// the pair's score is the noisy-or of its sources'. Of the Arabic letter
// evidence (close names, a common start, a rare common ending) only the
// strongest counts: the three measure one thing. The values
// are documented choices, not fitted: a shared distinctive word or a
// two-character Chinese prefix is a strong sign, a one-character Chinese
// group (up to eleven states share 马) a moderate one; name closeness scores
// its own similarity (see similarity).
const (
	scoreZh2  = 0.80
	scoreZh1  = 0.55
	scoreWord = 0.80
	// scoreSkeleton: Arabic names or nisbas with the same consonants once
	// the long vowels are dropped (غينيا/غانا, مالي/ملاوي): a transliterated
	// name's vowels are what translations and editors change.
	scoreSkeleton = 0.60
	// minSimilarity is the lowest name similarity kept as evidence; a
	// pair whose names differ in their first letter needs minSimilarityOther
	// (زامبيا/غامبيا is kept, سوريا/روسيا is not).
	minSimilarity      = 0.60
	minSimilarityOther = 0.75
	// scoreStartPer is the evidence of a common start per share of the
	// shorter name it covers (see sharedStart): 0.6 at three quarters, 0.8
	// when one name begins with the whole other.
	scoreStartPer = 0.8
	// minStart and minStartShare: a common start counts from four letters
	// (or a whole name of three, هند/هندوراس) covering three quarters of
	// the shorter name.
	minStart      = 4
	minStartShare = 0.75
	// scoreEndPer, minEnd and minEndShare are the same for a common ending
	// that no third state's name or nisba has (see sharedEnd).
	scoreEndPer = 0.8
	minEnd      = 5
	minEndShare = 0.6
	// MinScore is the lowest combined score written to the table.
	MinScore = 0.55
)

// GenericWords are name words many states share (normalised, article
// stripped); sharing one says nothing about confusability.
var GenericWords = map[string]bool{
	"جمهوريه": true, "دوله": true, "مملكه": true, "عربيه": true, "ديمقراطيه": true,
	"شعبيه": true, "متحده": true, "اتحاديه": true, "جزر": true, "جزيره": true, "اسلاميه": true,
	"اشتراكيه": true, "شمال": true, "جنوب": true, "غرب": true, "شرق": true, "وسطي": true,
	"جنوبيه": true, "شماليه": true, "غربيه": true, "شرقيه": true, "امارات": true, "سلطنه": true,
	"دول": true, "مستقله": true, "فيدراليه": true, "بوليفاريه": true, "اراضي": true, "جديده": true,
	"كومنولث": true, "ولايات": true, "امريكيه": true, "سان": true, "سانت": true,
	"اماره": true, "دوقيه": true, "كبري": true, "اقليم": true, "منطقه": true,
	"متعدده": true, "قوميات": true, "فدراليه": true, "اتحاد": true, "موحده": true, "اداريه": true, "خاصه": true,
}

var genericEnglish = map[string]bool{
	"republic": true, "of": true, "the": true, "and": true, "islands": true, "island": true,
	"democratic": true, "people's": true, "united": true, "states": true, "kingdom": true,
	"north": true, "south": true, "east": true, "west": true, "new": true, "saint": true,
	"st.": true, "&": true, "federal": true, "federation": true, "sar": true,
	"principality": true, "commonwealth": true, "state": true, "plurinational": true,
	"bolivarian": true, "islamic": true, "arab": true, "socialist": true, "federated": true,
	"independent": true, "grand": true, "duchy": true, "territory": true, "territories": true,
	"sultanate": true, "emirates": true, "co-operative": true, "cooperative": true, "union": true,
}

// State is what Derive reads of one state.
type State struct {
	ID      string
	Chinese string   // Simplified Chinese short name ("阿塞拜疆"); "" if unknown
	English []string // English names, first the short one
	Arabic  []string // Arabic names, first the short one
	Nisba   []string // masculine singular nisbas
}

// States returns the gazetteer's countries as Derive reads them, with
// Chinese names from zh (ISO code → Simplified Chinese short name; may be
// nil).
func States(g *entities.Gazetteer, zh map[string]string) []State {
	var out []State
	for _, e := range g.ByKind(entities.Country) {
		s := State{ID: e.ID, Chinese: zh[e.ID], Arabic: e.Names, Nisba: e.Nisba.M}
		s.English = append([]string{e.English}, e.EnAlt...)
		out = append(out, s)
	}
	return out
}

// Derive scores every pair of states that the evidence links and returns
// the pairs scoring at least MinScore, sorted by A then B. n normalises
// Arabic names (nazir's default normaliser in the generator).
func Derive(states []State, n *arabic.Normalizer) []Pair {
	type prep struct {
		State
		arNames  []string // normalised Arabic names without generic words
		arNisbas []string // normalised nisbas
		arWords  map[string]bool
		enCores  []string
		enWords  []string // each English name, lower case, as words joined by space
	}
	ps := make([]prep, len(states))
	for i, s := range states {
		p := prep{State: s, arWords: map[string]bool{}}
		p.arNames = arCores(n, s.Arabic, p.arWords)
		p.arNisbas = arCores(n, s.Nisba, p.arWords)
		for _, e := range s.English {
			l := strings.ToLower(e)
			var core []string
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
				if !genericEnglish[w] {
					core = append(core, w)
				}
			}
			if len(core) > 0 {
				p.enCores = append(p.enCores, strings.Join(core, " "))
			}
			p.enWords = append(p.enWords, strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }), " "))
		}
		ps[i] = p
	}
	// ends counts, for each ending of minEnd letters or more, the states
	// with a name or nisba ending so.
	ends := map[string]int{}
	for _, p := range ps {
		seen := map[string]bool{}
		for _, c := range append(append([]string(nil), p.arNames...), p.arNisbas...) {
			r := []rune(c)
			for k := minEnd; k <= len(r); k++ {
				if e := string(r[len(r)-k:]); !seen[e] {
					seen[e] = true
					ends[e]++
				}
			}
		}
	}
	var out []Pair
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			a, b := &ps[i], &ps[j]
			if a.ID > b.ID {
				a, b = b, a
			}
			var rs []Reason
			if r, ok := zhReason(a.Chinese, b.Chinese); ok {
				rs = append(rs, r)
			}
			// Names are compared with names and nisbas with nisbas: a slip
			// keeps the form. Closeness over the whole name, a common start
			// and a rare common ending measure one thing, how many of the
			// two names' letters agree: the strongest is kept.
			var letters Reason
			for _, f := range []func() (Reason, bool){
				func() (Reason, bool) { return bestClose(KindArabic, a.arNames, b.arNames) },
				func() (Reason, bool) { return bestClose(KindArabic, a.arNisbas, b.arNisbas) },
				func() (Reason, bool) { return sharedStart(a.arNames, b.arNames, a.arNisbas, b.arNisbas) },
				func() (Reason, bool) { return sharedEnd(ends, a.arNames, b.arNames, a.arNisbas, b.arNisbas) },
			} {
				if r, ok := f(); ok && r.Score > letters.Score {
					letters = r
				}
			}
			if letters.Kind != "" {
				rs = append(rs, letters)
			}
			if r, ok := sameSkeleton(a.arNames, b.arNames); ok {
				rs = append(rs, r)
			} else if r, ok := sameSkeleton(a.arNisbas, b.arNisbas); ok {
				rs = append(rs, r)
			}
			if w := sharedWord(a.arWords, b.arWords); w != "" {
				rs = append(rs, Reason{Kind: KindArabicWord, Score: scoreWord, Detail: w})
			}
			if r, ok := bestClose(KindEnglish, a.enCores, b.enCores); ok {
				rs = append(rs, r)
			}
			if d := containsWords(a.enWords, b.enWords); d != "" {
				rs = append(rs, Reason{Kind: KindEnglishWord, Score: scoreWord, Detail: d})
			}
			if len(rs) == 0 {
				continue
			}
			sort.SliceStable(rs, func(x, y int) bool { return rs[x].Score > rs[y].Score })
			p := Pair{A: a.ID, B: b.ID, Score: combine(rs), Reasons: rs}
			p.Zh, p.Ar, p.En = combineSource(rs, SourceZh), combineSource(rs, SourceAr), combineSource(rs, SourceEn)
			if p.Score >= MinScore {
				out = append(out, p)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// combine is the noisy-or of the reasons' scores, rounded to three places
// so that the table is stable across platforms. It equals the noisy-or of
// the sources' scores (combineSource) before rounding.
func combine(rs []Reason) float64 {
	q := 1.0
	for _, r := range rs {
		q *= 1 - r.Score
	}
	return round3(1 - q)
}

// combineSource is the noisy-or of the scores of the reasons from one
// source (see SourceOf), rounded like combine; 0 when it has none.
func combineSource(rs []Reason, src string) float64 {
	q := 1.0
	for _, r := range rs {
		if SourceOf(r.Kind) == src {
			q *= 1 - r.Score
		}
	}
	return round3(1 - q)
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// zhReason compares the first characters of two Chinese short names.
func zhReason(a, b string) (Reason, bool) {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 2 || len(rb) < 2 || ra[0] != rb[0] {
		return Reason{}, false
	}
	if ra[1] == rb[1] {
		return Reason{Kind: KindZh2, Score: scoreZh2, Detail: string(ra[:2])}, true
	}
	return Reason{Kind: KindZh1, Score: scoreZh1, Detail: string(ra[:1])}, true
}

// bestClose returns the closest pair of names of two states, if close
// enough (see Similarity).
func bestClose(kind string, as, bs []string) (Reason, bool) {
	best, bx, by := 0.0, "", ""
	for _, x := range as {
		for _, y := range bs {
			if x == y {
				continue // an identical core is a shared word, not a near miss
			}
			s := Similarity(x, y)
			if s > best {
				best, bx, by = s, x, y
			}
		}
	}
	if best == 0 {
		return Reason{}, false
	}
	return Reason{Kind: kind, Score: closeScore(best), Detail: bx + "~" + by}, true
}

// arCores returns the normalised forms of Arabic names without their
// generic words, and adds their distinctive words (four letters or more)
// to words.
func arCores(n *arabic.Normalizer, names []string, words map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range names {
		var core []string
		for _, w := range strings.FieldsFunc(a, notLetter) {
			// Only a written article is stripped: ألبانيا keeps its ال
			// once normalised.
			w = n.FoldString(strings.TrimPrefix(w, "ال"))
			if GenericWords[w] || GenericWords[strings.TrimPrefix(w, "و")] {
				continue
			}
			core = append(core, w)
			if utf8.RuneCountInString(w) >= 4 {
				words[w] = true
			}
		}
		c := strings.Join(core, " ")
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// closeScore maps a name similarity to the evidence it gives: 0 at 0.5,
// 1 for identical names (0.6 → 0.2, 0.75 → 0.5, 0.833 → 0.667).
func closeScore(sim float64) float64 { return round3(2 * (sim - 0.5)) }

// Skeleton returns the consonants of a normalised Arabic word or name: the
// long vowels and hamza letters ا و ي ء are dropped (غينيا → غن, ملاوي → مل).
func Skeleton(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ا', 'و', 'ي', 'ء', 'ى', 'أ', 'إ', 'آ', 'ؤ', 'ئ':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sameSkeleton returns two names of the states with equal skeletons of at
// least two consonants.
func sameSkeleton(as, bs []string) (Reason, bool) {
	for _, x := range as {
		sx := Skeleton(x)
		if utf8.RuneCountInString(sx) < 2 {
			continue
		}
		for _, y := range bs {
			if x != y && Skeleton(y) == sx {
				return Reason{Kind: KindSkeleton, Score: scoreSkeleton, Detail: x + "~" + y}, true
			}
		}
	}
	return Reason{}, false
}

// Similarity is 1 − (shape distance ÷ the longer length) over runes, for
// names of at least four runes; 0 when below minSimilarity, or below
// minSimilarityOther when the names start with letters of different
// shapes (see ShapeDistance).
func Similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 {
		return 0
	}
	s := 1 - ShapeDistance(ra, rb)/float64(max(len(ra), len(rb)))
	if s < minSimilarity || (Shape(ra[0]) != Shape(rb[0]) && s < minSimilarityOther) {
		return 0
	}
	return s
}

// shapeCost is what ShapeDistance charges for one letter written for
// another of the same shape (ب/ت, ر/ز): half a letter, since the two
// differ by dots alone, which a reader or a scanner misses and a hurried
// writer drops.
const shapeCost = 0.5

// shapes maps each Arabic letter that shares its written shape with
// others, the dots aside, to the dotless letter of that shape (its rasm):
// ب ت ث ن ي ى are one tooth, ج ح خ one cup, د ذ، ر ز، س ش، ص ض، ط ظ، ع غ
// and ف ق each one shape.
var shapes = map[rune]rune{
	'ب': 'ٮ', 'ت': 'ٮ', 'ث': 'ٮ', 'ن': 'ٮ', 'ي': 'ٮ', 'ى': 'ٮ',
	'ج': 'ح', 'ح': 'ح', 'خ': 'ح',
	'د': 'د', 'ذ': 'د',
	'ر': 'ر', 'ز': 'ر',
	'س': 'س', 'ش': 'س',
	'ص': 'ص', 'ض': 'ص',
	'ط': 'ط', 'ظ': 'ط',
	'ع': 'ع', 'غ': 'ع',
	'ف': 'ڡ', 'ق': 'ڡ',
}

// Shape returns the dotless letter of r's written shape (ز → ر, غ → ع,
// ث → ٮ), or r when no other letter shares its shape.
func Shape(r rune) rune {
	if s, ok := shapes[r]; ok {
		return s
	}
	return r
}

// ShapeDistance is the edit distance of two rune sequences where a letter
// written for another of the same shape (Shape: a difference of dots
// only, ز/ر، غ/ع، ب/ت/ث/ن/ي) costs shapeCost and every other insertion,
// deletion or substitution costs 1. Without Arabic letters it is
// EditDistance.
func ShapeDistance(ra, rb []rune) float64 {
	return distance(ra, rb, shapeCost)
}

// sharedStart returns the longest common start of two one-word names (or
// two nisbas) of the states, when it has at least minStart letters, or is the
// whole shorter name of three or more, and covers at least minStartShare of
// the shorter name (سنغال/سنغافورة, سوري/سورينامي): a transliterated name
// is read by its start, and a translator or editor who knows one state
// writes it for the other. Its score is scoreStartPer times the share.
func sharedStart(an, bn, as, bs []string) (Reason, bool) {
	best, detail := 0.0, ""
	for _, xs := range [2][2][]string{{an, bn}, {as, bs}} {
		for _, x := range xs[0] {
			for _, y := range xs[1] {
				rx, ry := []rune(x), []rune(y)
				if x == y || len(rx) < 3 || len(ry) < 3 || multiWord(x) || multiWord(y) {
					continue
				}
				n := 0
				for n < len(rx) && n < len(ry) && rx[n] == ry[n] {
					n++
				}
				short := min(len(rx), len(ry))
				share := float64(n) / float64(short)
				if (n >= minStart || n == short) && share >= minStartShare && share > best {
					best, detail = share, x+"~"+y
				}
			}
		}
	}
	if best == 0 {
		return Reason{}, false
	}
	return Reason{Kind: KindArabicStart, Score: round3(scoreStartPer * best), Detail: detail}, true
}

// multiWord says whether a name core has more than one word: names of
// several words are related by the words they share (sharedWord), not by
// their letters' start or end.
func multiWord(s string) bool { return strings.Contains(s, " ") }

// sharedEnd returns the longest common ending of two one-word names (or two
// nisbas) of the states when no third state's name or nisba ends so (ends counts
// the states per ending), it has at least minEnd letters and covers at
// least minEndShare of the shorter name (بلغاريا/هنغاريا). An ending many
// states share (انيا, ستان) says nothing. Its score is scoreEndPer times
// the share.
func sharedEnd(ends map[string]int, an, bn, as, bs []string) (Reason, bool) {
	best, detail := 0.0, ""
	for _, xs := range [2][2][]string{{an, bn}, {as, bs}} {
		for _, x := range xs[0] {
			for _, y := range xs[1] {
				rx, ry := []rune(x), []rune(y)
				if x == y || multiWord(x) || multiWord(y) {
					continue
				}
				n := 0
				for n < len(rx) && n < len(ry) && rx[len(rx)-1-n] == ry[len(ry)-1-n] {
					n++
				}
				short := min(len(rx), len(ry))
				if n < minEnd || n == short {
					continue // a whole name inside another is a shared word
				}
				share := float64(n) / float64(short)
				if ends[string(rx[len(rx)-n:])] == 2 && share >= minEndShare && share > best {
					best, detail = share, x+"~"+y
				}
			}
		}
	}
	if best == 0 {
		return Reason{}, false
	}
	return Reason{Kind: KindArabicEnd, Score: round3(scoreEndPer * best), Detail: detail}, true
}

// sharedWord returns a distinctive word both states' Arabic names carry.
func sharedWord(a, b map[string]bool) string {
	var ws []string
	for w := range a {
		if b[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	sort.Strings(ws)
	return ws[0]
}

// containsWords reports an English name of one state that is a whole-word
// part of a name of the other ("sudan<south sudan").
func containsWords(as, bs []string) string {
	for _, x := range as {
		for _, y := range bs {
			if x == y {
				continue
			}
			if wordIn(x, y) {
				return x + "<" + y
			}
			if wordIn(y, x) {
				return y + "<" + x
			}
		}
	}
	return ""
}

// wordIn says whether short is made of whole words of long, and is not only
// generic words ("republic").
func wordIn(short, long string) bool {
	distinct := false
	for _, w := range strings.Fields(short) {
		if !genericEnglish[w] {
			distinct = true
		}
	}
	if !distinct {
		return false
	}
	return strings.Contains(" "+long+" ", " "+short+" ")
}

// EditDistance is the Levenshtein distance of two rune sequences.
func EditDistance(ra, rb []rune) int {
	return int(distance(ra, rb, 1))
}

// distance is the edit distance of two rune sequences where a substitution
// of a letter by another of the same shape costs sameShape (Shape is not
// consulted when it is 1) and every other edit costs 1. Its values are
// sums of 1 and sameShape, exact in a float64.
func distance(ra, rb []rune, sameShape float64) float64 {
	prev := make([]float64, len(rb)+1)
	cur := make([]float64, len(rb)+1)
	for j := range prev {
		prev[j] = float64(j)
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = float64(i)
		for j := 1; j <= len(rb); j++ {
			cost := 1.0
			switch {
			case ra[i-1] == rb[j-1]:
				cost = 0
			case sameShape < 1 && Shape(ra[i-1]) == Shape(rb[j-1]):
				cost = sameShape
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
