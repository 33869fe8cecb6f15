package consistency

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTokenSetUpTo: the index of the last member at or before k agrees
// with counting, for sets of every density and sizes around a word.
func TestTokenSetUpTo(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var s tokenSet
	for _, n := range []int{1, 63, 64, 65, 128, 1000} {
		for _, density := range []float64{0, 0.01, 0.5, 1} {
			s.reset(n)
			member := make([]bool, n)
			for k := range n {
				if rng.Float64() < density {
					member[k] = true
					s.add(k)
				}
			}
			s.index()
			last := int32(-1)
			for k := range n {
				if member[k] {
					last++
				}
				require.Equal(t, member[k], s.has(k), "n %d k %d", n, k)
				require.Equal(t, last, s.upTo(k>>6, uint64(1)<<(k&63)), "n %d density %v k %d", n, density, k)
			}
		}
	}
}

// TestTokenSetNext: next visits the members in order, from any index, for
// sets of every density and sizes around a word.
func TestTokenSetNext(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var s tokenSet
	for _, n := range []int{0, 1, 63, 64, 65, 128, 1000} {
		for _, density := range []float64{0, 0.01, 0.5, 1} {
			s.reset(n)
			var members []int
			for k := range n {
				if rng.Float64() < density {
					members = append(members, k)
					s.add(k)
				}
			}
			var got []int
			for k := s.next(0); k >= 0; k = s.next(k + 1) {
				got = append(got, k)
			}
			require.Equal(t, members, got, "n %d density %v", n, density)
			for k := range n + 2 {
				want := -1
				if i, _ := slices.BinarySearch(members, k); i < len(members) {
					want = members[i]
				}
				require.Equal(t, want, s.next(k), "n %d density %v k %d", n, density, k)
			}
		}
	}
}

// TestTokenIndices: the per-token indices (mention, sentence, person,
// paragraph start, quotation) read from the compact sets give what the
// mentions, sentences and persons say, token by token, on the
// repository's releases and on texts of odd shapes.
func TestTokenIndices(t *testing.T) {
	_, c := testChecker(t)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	srcs := map[string]string{
		"punctuation":      strings.Repeat("<", 1000),
		"dot space":        strings.Repeat(". ", 500),
		"lines":            strings.Repeat("ا\n", 300),
		"quotes":           strings.Repeat("قال «الصين» و\"أذربيجان\" \n", 50),
		"one word":         strings.Repeat("الصين ", 300),
		"mention in dense": strings.Repeat("<", 500) + " الصين " + strings.Repeat("<", 500),
		"name in dense":    "قال وزير الخارجية الصيني وانغ يي. " + strings.Repeat("<", 2000),
		"names":            strings.Repeat("قال وزير الخارجية الصيني وانغ يي. ", 200),
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		srcs[filepath.Base(f)] = string(b)
	}
	for name, src := range srcs {
		st := c.newState([]byte(src))
		st.prepare()
		st.analyse()
		n := st.toks.Len()
		mention := make([]int32, n)
		for k := range mention {
			mention[k] = -1
		}
		for i, m := range st.ms {
			for k := m.FirstTok(); k <= m.LastTok(); k++ {
				mention[k] = int32(i)
			}
		}
		person := make([]int32, n)
		for k := range person {
			person[k] = -1
		}
		for i, p := range st.persons {
			for k := p.first; k <= p.last; k++ {
				person[k] = int32(i)
			}
		}
		sent := make([]int32, n)
		for i := range st.sents {
			s := st.sent(i)
			if i == 0 {
				require.Equal(t, 0, s.first, name)
			} else {
				require.Equal(t, st.sent(i-1).last+1, s.first, name)
			}
			for k := s.first; k <= s.last; k++ {
				sent[k] = int32(i)
			}
		}
		if n > 0 {
			require.Equal(t, n-1, st.sent(len(st.sents)-1).last, name)
			require.True(t, st.paraStart.has(0), name)
		}
		third, paras := len(st.sents), 0
		for i := range st.sents {
			if st.paraStart.has(i) {
				if paras++; paras == 3 {
					third = i
					break
				}
			}
		}
		require.Equal(t, third, st.thirdLine, "%s: the third paragraph's first sentence", name)
		for k := range n {
			require.Equal(t, mention[k], st.mentionAt(k), "%s token %d", name, k)
			require.Equal(t, mention[k] >= 0, st.inMention.has(k), "%s token %d", name, k)
			require.Equal(t, person[k], st.personAt(k), "%s token %d", name, k)
			require.Equal(t, sent[k], st.sentAt(k), "%s token %d", name, k)
			require.Equal(t, c.classesOf(st.word(k)), st.bitsOf(k), "%s token %d", name, k)
			plain := st.toks.Kind(k) == arabic.Word && mention[k] < 0 && st.bitsOf(k).empty()
			require.Equal(t, plain, st.plain.has(k), "%s token %d: a plain word", name, k)
		}
		switch name {
		case "name in dense":
			require.NotEmpty(t, st.persons, name)
			require.Empty(t, st.personIdx, "%s: a few names keep no index per token", name)
		case "names":
			require.NotEmpty(t, st.personIdx, "%s: many names keep an index per token", name)
		}
		c.release(st)
	}
}

// TestClassSets: every class word's bits are found through its class set.
func TestClassSets(t *testing.T) {
	_, c := testChecker(t)
	assert.Equal(t, classMask{}, c.classSets[0])
	for w, b := range c.lex {
		require.Equal(t, b, c.classesOf(w), w)
	}
	assert.Equal(t, classMask{}, c.classesOf("zzzz"))
}

// TestKeptMentions: the records a check keeps, tagged a piece at a time,
// are the tagger's mentions: the same fields, and the normalised span and
// proclitics read back from the tokens.
func TestKeptMentions(t *testing.T) {
	_, c := testChecker(t)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	srcs := []string{
		strings.Repeat("الصين ولأذربيجان وبالصين للصين فالعاصمة بكين، ", tagPiece/2+7),
		strings.Repeat("<", 300) + " الصين",
		"لا ذكر لأي دولة",
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		st := c.newState([]byte(src))
		st.prepare()
		want := c.tagger.Tag(st.t)
		got := append(slices.Clone(st.ms), st.chromeMs...)
		require.Len(t, got, len(want))
		for i := range want {
			w, g := &want[i], &got[i]
			require.Equal(t, st.keepMention(w), *g)
			ns, ne := st.normSpan(g)
			require.Equal(t, [2]int{w.NormStart, w.NormEnd}, [2]int{ns, ne})
			require.Equal(t, w.Prefix, st.prefix(g))
			require.Equal(t, strings.HasPrefix(w.Prefix, "و"), hasPrefixAnd(g))
			require.Equal(t, [...]any{w.Start, w.End, w.FirstTok, w.LastTok, w.Text, w.Entities, w.Kind, w.Form, w.Gender, w.Number, w.Definite, w.Weak},
				[...]any{g.Start(), g.End(), g.FirstTok(), g.LastTok(), st.mentionText(g), g.Entities, g.Kind, g.Form, g.Gender, g.Number, g.Definite, g.Weak})
		}
		c.release(st)
	}
}

// TestEvidenceInPieces: evidence scored a piece at a time as it is
// gathered adds up, state by state, to what scoring it all at once gives,
// on texts with many times evidencePiece mentions of states.
func TestEvidenceInPieces(t *testing.T) {
	_, c := testChecker(t)
	files, all := releasesText(t)
	one, err := os.ReadFile(files[0])
	require.NoError(t, err)
	for name, src := range map[string]string{
		"releases":       all,
		"one repeated":   strings.Repeat(string(one), 20),
		"state per word": strings.Repeat("الصين وروسيا ومصر، ", 400),
		"in the lede and after": "التقى وزير الخارجية الصيني نظيره الروسي. " +
			strings.Repeat("وقالت الصين إن روسيا شريك. ", 300),
	} {
		scores := func(whole bool) (map[string]partState, []byte) {
			st := c.newState([]byte(src))
			st.wholeEvidence = whole
			st.prepare()
			st.analyse()
			out := map[string]partState{}
			for id, p := range st.scores {
				out[id] = *p
			}
			j, err := json.Marshal(st.report())
			require.NoError(t, err)
			c.release(st)
			return out, j
		}
		pieces, jp := scores(false)
		whole, jw := scores(true)
		require.Greater(t, len(whole), 1, name)
		require.Equal(t, whole, pieces, name)
		require.Equal(t, string(jw), string(jp), name)
	}
}

// TestPersonParts: every person's words are the words of its tokens and
// its keys are computed from them, whether its name was written anew or
// shares a recent name's parts (recentName), on texts where names come
// back, alike or differing by a word.
func TestPersonParts(t *testing.T) {
	_, c := testChecker(t)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	srcs := []string{
		strings.Repeat("قال وانغ يي إن ", 50),
		strings.Repeat("قال وانغ يي إن وقال وانغ إن وقال الدكتور بدر عبد العاطي إن وقال الدكتور بدر عبد الغني إن ", 20),
		strings.Repeat("قال وزير الخارجية الصيني وانغ يي. قال وزير الخارجية الأذربيجاني جيهون بيراموف. ", 30),
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		srcs = append(srcs, string(b))
	}
	shared := 0
	for _, src := range srcs {
		st := c.newState([]byte(src))
		st.prepare()
		st.analyse()
		for i, p := range st.persons {
			var words []string
			for k := p.first; k <= p.last; k++ {
				if st.toks.Kind(k) == arabic.Word {
					words = append(words, st.word(k))
				}
			}
			require.Equal(t, words, p.words, "person %d", i)
			keys, given, surname := personKeys(p.words)
			require.Equal(t, [3]any{keys, given, surname}, [3]any{p.keys, p.given, p.surname()}, "person %d", i)
			if i > 0 && len(p.words) > 0 && len(st.persons[i-1].words) > 0 && &p.words[0] == &st.persons[i-1].words[0] {
				shared++
			}
		}
		c.release(st)
	}
	require.Positive(t, shared, "no name shared its parts")
}

// TestClassesFromTagger: the class sets the tagger gives the tokens as it
// tags (NewTaggerWords) are the checker's own lexicon's (classSetOf), for
// every token of every release.
func TestClassesFromTagger(t *testing.T) {
	c := matchChecker(t)
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	classed := 0
	for _, f := range append(files, "") {
		src := []byte("Editor في، ALI للجانب " + strings.Repeat("ك", 50))
		if f != "" {
			src, err = os.ReadFile(f)
			require.NoError(t, err)
		}
		st := c.newState(src)
		st.prepare()
		for i := range st.toks.Len() {
			require.Equal(t, c.classSetOf(st.word(i)), st.classes[i], "%s: token %d %q", f, i, st.word(i))
			if st.classes[i] != 0 {
				classed++
			}
		}
		c.release(st)
	}
	require.Positive(t, classed)
}

// TestClusterIndex: with clusters looked up in a clusterIndex, every
// occurrence joins the cluster comparing it with every cluster gives
// (linearClusters), on texts of more than indexClusters clusters: many
// different names, names respelt and names of known people.
func TestClusterIndex(t *testing.T) {
	_, c := testChecker(t)
	_, all := releasesText(t)
	r := rand.New(rand.NewPCG(7, 11))
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهويا")
	word := func(n int) string {
		w := make([]rune, n)
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	var names, respelt strings.Builder
	for range 600 {
		names.WriteString("قال الدكتور " + word(3+r.IntN(3)) + " " + word(4+r.IntN(3)) + " إن ")
	}
	for range 150 {
		s := word(5)
		respelt.WriteString("وقال الدكتور محمد " + s + " إن وقال الدكتور أحمد " + s + " إن وقال " + s[:len(s)-2] + "ي إن ")
	}
	for name, src := range map[string]string{
		"releases":        all,
		"different names": names.String(),
		"respelt names":   respelt.String(),
		"known and not":   strings.Repeat(all[:4000], 3) + names.String(),
	} {
		run := func(linear bool) ([]int, int, []byte) {
			st := c.newState([]byte(src))
			st.linearClusters = linear
			st.prepare()
			st.analyse()
			cls := make([]int, len(st.persons))
			for i, p := range st.persons {
				cls[i] = p.cluster
			}
			n := len(st.clusters)
			j, err := json.Marshal(st.report())
			require.NoError(t, err)
			c.release(st)
			return cls, n, j
		}
		want, nw, jw := run(true)
		got, ng, jg := run(false)
		if name != "releases" {
			require.Greater(t, nw, indexClusters, name)
		}
		require.Equal(t, nw, ng, name)
		require.Equal(t, want, got, name)
		require.Equal(t, string(jw), string(jg), name)
	}
}

// releasesText returns the repository's release files and their texts
// joined.
func releasesText(t *testing.T) ([]string, string) {
	t.Helper()
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		all.Write(b)
	}
	return files, all.String()
}

// TestSideWords: the words beside participants' mentions looked up in an
// index (texts of more than sideWordsMin mentions) give each mention the
// same answer as reading every mention, in every episode, and the same
// report, on texts where states come back with the same and with
// different words beside them.
func TestSideWords(t *testing.T) {
	_, c := testChecker(t)
	_, all := releasesText(t)
	r := rand.New(rand.NewPCG(3, 5))
	words := []string{"مع", "التعاون", "الجانب", "بين", "دعم", "قالت", "إن", "و", "،", "حكومة", "شعب", "رئيس"}
	states := []string{"الصين", "روسيا", "مصر", "الأردن", "فرنسا", "الصيني", "الروسي", "بكين", "موسكو", "السعودية"}
	var mixed strings.Builder
	mixed.WriteString("التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في بكين. ")
	for i := range 3000 {
		mixed.WriteString(words[r.IntN(len(words))] + " " + states[r.IntN(len(states))] + " ")
		if i%9 == 8 {
			mixed.WriteString(". ")
		}
	}
	for name, src := range map[string]string{
		"releases":         all,
		"releases twice":   all + "\n" + all,
		"states and words": mixed.String(),
	} {
		type side struct{ before, after bool }
		run := func(linear bool) ([]side, []byte) {
			st := c.newState([]byte(src))
			st.linearSideWords = linear
			st.prepare()
			st.analyse()
			require.Greater(t, len(st.ms), sideWordsMin, name)
			var got []side
			for _, ep := range st.episodes {
				for mi := range st.ms {
					b, a := st.participantContext(ep, mi)
					got = append(got, side{b, a})
				}
			}
			j, err := json.Marshal(st.report())
			require.NoError(t, err)
			c.release(st)
			return got, j
		}
		indexed, ji := run(false)
		linear, jl := run(true)
		require.Equal(t, linear, indexed, name)
		require.Equal(t, string(jl), string(ji), name)
		n := 0
		for _, s := range linear {
			if s.before || s.after {
				n++
			}
		}
		require.Positive(t, n, "%s: no mention stands beside a participant's word", name)
	}
}

// TestSpeakerBefore: the paragraph's speaker read with the last answer
// remembered is the speaker read by walking back every time, for every
// mention in text order and in a shuffled order, and the reports are the
// same, on texts whose paragraphs hold many sentences with and without
// speakers.
func TestSpeakerBefore(t *testing.T) {
	_, c := testChecker(t)
	_, all := releasesText(t)
	r := rand.New(rand.NewPCG(5, 8))
	lines := []string{
		"التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين وأكد دعم الجانب الأفغاني.",
		"وقال بيراموف إن الجانب الصيني شريك.",
		"وأضاف أن الجانب الأفغاني يدعم الصين.",
		"وقال وزير الخارجية الروسي إن روسيا تدعم الجانب الأفغاني.",
		"وأكد الجانبان التعاون.",
		"",
	}
	var mixed strings.Builder
	for range 1500 {
		mixed.WriteString(lines[r.IntN(len(lines))] + "\n")
	}
	for name, src := range map[string]string{
		"releases":       all,
		"one paragraph":  strings.ReplaceAll(all, "\n\n", "\n"),
		"speakers mixed": mixed.String(),
	} {
		run := func(memo bool) ([]string, []string, []byte) {
			st := c.newState([]byte(src))
			st.noSpeakerMemo = !memo
			st.prepare()
			st.analyse()
			inOrder := make([]string, len(st.ms))
			for mi := range st.ms {
				inOrder[mi] = st.speakerOf(mi)
			}
			shuffled := make([]string, len(st.ms))
			for _, mi := range rand.New(rand.NewPCG(1, 1)).Perm(len(st.ms)) {
				shuffled[mi] = st.speakerOf(mi)
			}
			j, err := json.Marshal(st.report())
			require.NoError(t, err)
			c.release(st)
			return inOrder, shuffled, j
		}
		io, sh, jm := run(true)
		want, _, jw := run(false)
		require.Equal(t, want, io, name)
		require.Equal(t, want, sh, name)
		require.Equal(t, string(jw), string(jm), name)
		n := 0
		for _, sp := range want {
			if sp != "" {
				n++
			}
		}
		require.Positive(t, n, "%s: no mention has a speaker", name)
	}
}

// TestJudgingLinear: judging the mentions of a long text reads each
// mention a bounded number of times for the words beside participants
// (participantContext) and each sentence a bounded number of times for
// the paragraph's speaker (speakerBefore), however many mentions are
// judged; the references that read everything per mention (the switches
// of TestSideWords and TestSpeakerBefore) go far above the bounds, as the
// code did before, on texts of many judged mentions in one paragraph.
func TestJudgingLinear(t *testing.T) {
	_, c := testChecker(t)
	_, all := releasesText(t)
	line := "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين وأكد دعم الجانب الأفغاني.\n"
	for name, src := range map[string]string{
		"releases":         strings.Repeat(all, 3),
		"finding per line": strings.Repeat(line, 3000),
	} {
		run := func(reference bool) (side, speaker, mentions, sentences int) {
			st := c.newState([]byte(src))
			st.linearSideWords, st.noSpeakerMemo = reference, reference
			st.prepare()
			st.analyse()
			side, speaker, mentions, sentences = st.sideSteps, st.speakerSteps, len(st.ms), len(st.sents)
			c.release(st)
			return side, speaker, mentions, sentences
		}
		side, speaker, mentions, sentences := run(false)
		assert.LessOrEqual(t, side, 2*mentions, "%s: mentions read beside participants", name)
		assert.LessOrEqual(t, speaker, 2*sentences, "%s: sentences read for a speaker", name)
		refSide, refSpeaker, _, _ := run(true)
		if name == "releases" { // many judged mentions
			assert.Greater(t, refSide, 20*mentions, "%s: the reference reads every mention per mention", name)
		} else { // many findings in one paragraph
			assert.Greater(t, refSpeaker, 20*sentences, "%s: the reference walks back per finding", name)
		}
	}
}

// TestOfficeKey: the office of a title phrase is its words one space
// apart, the title's article and conjunction dropped, whether the text
// writes them one space apart (the key is then a part of the text, built
// without an allocation) or apart by more (the key is built); a state
// with no title before it has none.
func TestOfficeKey(t *testing.T) {
	_, c := testChecker(t)
	cases := []struct{ text, state, want string }{
		{"وقال وزير الخارجية الصيني وانغ يي إن الجانبين اتفقا.", "الصيني", "وزير الخارجيه"},
		{"وقال وزير  الخارجية\tالصيني وانغ يي إن الجانبين اتفقا.", "الصيني", "وزير الخارجيه"},
		{"وقال ورئيس الوزراء الصيني إن الجانبين اتفقا.", "الصيني", "رييس الوزراء"},
		{"وقال الرئيس الصيني إن الجانبين اتفقا.", "الصيني", "رييس"},
		{"وقالت الصين إن الجانبين اتفقا.", "الصين", ""},
	}
	for _, tc := range cases {
		st := c.newState([]byte(tc.text))
		st.prepare()
		tok := -1
		for i := range st.toks.Len() {
			if st.word(i) == tc.state {
				tok = i
			}
		}
		require.GreaterOrEqual(t, tok, 0, tc.text)
		assert.Equal(t, tc.want, st.officeKey(tok), tc.text)
		if !strings.ContainsAny(tc.text, "\t") && tc.want != "" {
			assert.Zero(t, testing.AllocsPerRun(10, func() { st.officeKey(tok) }), tc.text)
		}
		c.release(st)
	}
}
