package align

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheck holds what each kind catches and the clean pairs it leaves alone.
func TestCheck(t *testing.T) {
	a := newTestAligner(t)
	for _, tc := range []struct {
		name, lang, src, tgt string
		want                 []string // kind:entity>expected|suggestion
	}{
		{"clean en", "en", "Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart in Beijing.",
			"التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني في بكين.", nil},
		{"wrong nisba", "en", "Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart in Beijing.",
			"التقى وزير الخارجية الصيني وانغ يي نظيره الأفغاني في بكين.", []string{"wrong-entity:AF>AZ|الأذربيجاني"}},
		{"wrong name, clitic kept outside", "en", "Russia and Azerbaijan signed the agreement.",
			"وقعت روسيا وأفغانستان الاتفاقية.", []string{"wrong-entity:AF>AZ|أذربيجان"}},
		{"clean zh", "zh", "王毅同阿塞拜疆外长拜拉莫夫举行会谈。",
			"أجرى وانغ يي محادثات مع وزير الخارجية الأذربيجاني جيهون بيراموف.", nil},
		{"zh traditional", "zh-Hant", "王毅與亞塞拜然外長會談。", "أجرى وانغ يي محادثات مع وزير الخارجية الأذربيجاني.", nil},
		{"official dropped", "en", "Russian Foreign Minister Sergey Lavrov and Wang Yi spoke by phone.",
			"تحدث وزير الخارجية الروسي مع وانغ يي هاتفيا.", []string{"missing-entity:ru-lavrov>|"}},
		{"official swapped", "ru", "Сергей Лавров провёл переговоры с Ван И.",
			"أجرى سيرغي لافروف محادثات مع جيهون بيراموف.", []string{"wrong-entity:az-bayramov>cn-wang-yi|وانغ يي"}},
		{"added state", "fr", "Le ministre a rencontré son homologue chinois.",
			"التقى الوزير نظيره الصيني في باريس بحضور ممثل عن اليابان.", []string{"added-entity:JP>|"}},
		{"swapped for a state the source names", "en", "Russia and Egypt discussed the situation in Libya.",
			"بحثت روسيا وليبيا الوضع في ليبيا.", []string{"wrong-entity:LY>EG|مصر"}},
		{"capital kept", "en", "Wang Yi arrived in Baku.", "وصل وانغ يي إلى باكو.", nil},
		{"capital for the state", "en", "Beijing welcomed the move.", "رحبت الصين بالخطوة.", nil},
		{"capital dropped: no finding", "zh", "王毅抵达北京。", "وصل وانغ يي.", nil},
		{"capital swapped", "en", "Wang Yi arrived in Baku on Monday.", "وصل وانغ يي إلى كابول يوم الاثنين.", []string{"wrong-entity:AF>AZ|باكو"}},
		{"capital swapped zh", "zh", "王毅抵达巴库。", "وصل وانغ يي إلى كابول.", []string{"wrong-entity:AF>AZ|باكو"}},
		{"Washington in zh after a preposition", "zh", "中方对华盛顿的做法表示关切。", "أعرب الجانب الصيني عن قلقه إزاء تصرفات واشنطن.", nil},
		{"fr adjective by stem", "fr", "Le ministre soudanais a reçu son homologue kényan.", "استقبل الوزير السوداني نظيره الكيني.", nil},
		{"es adjective by stem, a verb is no state", "es", "El canciller sudanés se reunió con su homólogo nigeriano.", "التقى وزير الخارجية السوداني نظيره الجزائري.", []string{"wrong-entity:DZ>NG|النيجيري"}},
		{"zh short name inside another name", "zh", "埃及外长舒克里表示，克里米亚问题复杂。", "قال وزير الخارجية المصري شكري إن قضية القرم معقدة.", nil},
		{"zh short name after a title", "zh", "美国国务卿克里抵达开罗。", "وصل وزير الخارجية الأمريكي كيري إلى القاهرة.", nil},
		{"ru fleeting vowel", "ru", "Президент Египта прибыл.", "وصل الرئيس المصري.", nil},
		{"es abbreviation", "es", "Los EE. UU. y China firmaron.", "وقعت الولايات المتحدة والصين.", nil},
		{"ru cases", "ru", "Переговоры в Китае с Россией и делегацией Азербайджана.", "محادثات في الصين مع روسيا ووفد أذربيجان.", nil},
		{"fr elision", "fr", "La Chine et l'Algérie ont signé.", "وقعت الصين والجزائر.", nil},
		{"clean es", "es", "El canciller chino se reunió con su homólogo argelino.",
			"التقى وزير الخارجية الصيني نظيره الجزائري.", nil},
		{"abbreviation resolved", "zh", "阿塞拜疆外长表示，阿方愿同中方加强合作。",
			"وقال وزير الخارجية الأذربيجاني إن الجانب الأذربيجاني مستعد لتعزيز التعاون مع الجانب الصيني.", nil},
		{"abbreviation resolved, target wrong", "zh", "阿塞拜疆外长表示，阿方愿同中方加强合作。",
			"وقال وزير الخارجية الأذربيجاني إن الجانب الأفغاني مستعد لتعزيز التعاون مع الجانب الصيني.", []string{"wrong-entity:AF>AZ|الأذربيجاني"}},
		{"abbreviation unresolvable", "zh", "阿方愿同中方加强合作。",
			"إن الجانب الأذربيجاني مستعد لتعزيز التعاون مع الجانب الصيني.", []string{"ambiguous-source:>AZ|"}},
		{"pair unresolvable", "zh", "中阿关系不断发展。", "تتطور العلاقات الصينية الجزائرية باستمرار.", []string{"ambiguous-source:>DZ|"}},
		{"pair resolved", "zh", "阿尔及利亚外长说，中阿关系不断发展。", "قال وزير الخارجية الجزائري إن العلاقات الصينية الجزائرية تتطور باستمرار.", nil},
		{"no X side in 方案", "zh", "中方提出了新方案。", "طرح الجانب الصيني خطة جديدة.", nil},
		{"misspelt country", "en", "Indonesia and Malaysia agreed.", "اتفقت إندونسيا وماليزيا.", []string{"name-variant:ID>ID|إندونيسيا"}},
		{"space lost", "en", "China and Russia agreed.", "اتفقت الصينوروسيا.", nil},
		{"organisation name", "en", "The South China Sea dispute was discussed.", "نوقش النزاع في بحر الصين الجنوبي.", nil},
		{"count differs, not reported by default", "en", "China said China would act.", "قالت الصين إنها ستتحرك.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := a.Check(tc.src, tc.lang, tc.tgt)
			require.NoError(t, err)
			var got []string
			for _, f := range fs {
				s := ""
				if f.Suggestion != nil {
					s = *f.Suggestion
				}
				got = append(got, string(f.Kind)+":"+f.Entity+">"+f.Expected+"|"+s)
				assert.Equal(t, f.Src.Text, tc.src[f.Src.Start:f.Src.End])
				assert.Equal(t, f.Tgt.Text, tc.tgt[f.Tgt.Start:f.Tgt.End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCounts(t *testing.T) {
	c := newTestAligner(t).c
	a, err := New(c, Options{Counts: true})
	require.NoError(t, err)
	fs, err := a.Check("China said China would act.", "en", "قالت الصين إنها ستتحرك.")
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, MissingEntity, fs[0].Kind)
	assert.Equal(t, 11, fs[0].Src.Start, "the second China")
}

func TestNameVariantAcrossSegments(t *testing.T) {
	a := newTestAligner(t)
	rs, err := a.CheckDocument(&Document{SrcLang: "en", Segments: []Segment{
		{ID: "s1", Src: "Jeyhun Bayramov arrived.", Tgt: "وصل جيهون بيراموف."},
		{ID: "s2", Src: "Bayramov said so.", Tgt: "وقال بايراموف ذلك."},
	}})
	require.NoError(t, err)
	assert.Empty(t, rs[0].Findings)
	require.Len(t, rs[1].Findings, 1)
	f := rs[1].Findings[0]
	assert.Equal(t, NameVariant, f.Kind)
	assert.Equal(t, "بايراموف", f.Tgt.Text)
	require.NotNil(t, f.First)
	assert.Equal(t, "s1", f.First.Segment)
}

func TestSpanOffsets(t *testing.T) {
	// 𝐀 is outside the BMP: one code point, two UTF-16 units, four bytes.
	s := mkSpan("𝐀 الصين", 5, 15)
	assert.Equal(t, Span{Start: 5, End: 15, CharStart: 2, CharEnd: 7, UTF16Start: 3, UTF16End: 8, Text: "الصين"}, s)
}

func TestCheckErrors(t *testing.T) {
	a := newTestAligner(t)
	_, err := a.Check("x", "de", "ص")
	assert.ErrorIs(t, err, ErrLanguage)
	_, err = a.Check("x", "en", "\xff")
	assert.ErrorIs(t, err, ErrInput)
	_, err = a.Check(strings.Repeat("a", MaxSegmentBytes+1), "en", "")
	assert.ErrorIs(t, err, ErrInput)
}

func TestConcurrentChecks(t *testing.T) {
	a := newTestAligner(t)
	src, tgt := "Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart.", "التقى وزير الخارجية الصيني وانغ يي نظيره الأفغاني."
	want, err := a.Check(src, "en", tgt)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				got, err := a.Check(src, "en", tgt)
				assert.NoError(t, err)
				assert.Equal(t, want, got)
			}
		}()
	}
	wg.Wait()
}

func TestJSONLReader(t *testing.T) {
	in := `{"id":"a","doc":"d1","src":"阿塞拜疆外长来访。","tgt":"زار وزير الخارجية الأذربيجاني.","src_lang":"zh"}
{"id":"b","doc":"d1","src":"阿方表示感谢。","tgt":"وأعرب الجانب الأفغاني عن شكره.","src_lang":"zh"}

{"src":"Russia.","tgt":"روسيا.","src_lang":"en"}
`
	jr := NewJSONLReader(strings.NewReader(in), "in.jsonl")
	d1, err := jr.Next()
	require.NoError(t, err)
	assert.Equal(t, "d1", d1.ID)
	require.Len(t, d1.Segments, 2)
	d2, err := jr.Next()
	require.NoError(t, err)
	assert.Equal(t, "4", d2.Segments[0].ID, "the line number is the id")
	rs, err := newTestAligner(t).CheckDocument(d1)
	require.NoError(t, err)
	require.Len(t, rs[1].Findings, 1, "阿方 resolved from the first record")
	assert.Equal(t, WrongEntity, rs[1].Findings[0].Kind)
	var buf bytes.Buffer
	require.NoError(t, WriteJSONL(&buf, rs))
	assert.Contains(t, buf.String(), `"id":"a","findings":[]`)

	for _, bad := range []struct{ in, want string }{
		{"{\"src\":\"x\"}\n", "in.jsonl:1: invalid input: a record needs \"src\" and \"tgt\""},
		{"\n{\"src\":\"x\",\"tgt\":\"y\"}\n", "in.jsonl:2: invalid input: a record needs \"src_lang\""},
		{"{\"src\":", "in.jsonl:1: invalid input"},
		{"{\"id\":[1],\"src\":\"x\",\"tgt\":\"y\",\"src_lang\":\"en\"}", "in.jsonl:1: invalid input: id"},
		{`{"src":"x","tgt":"y","src_lang":"en","tgt_lang":"fr"}`, `in.jsonl:1: invalid input: tgt_lang "fr": the target must be Arabic`},
	} {
		_, err := NewJSONLReader(strings.NewReader(bad.in), "in.jsonl").Next()
		require.Error(t, err)
		assert.Contains(t, err.Error(), bad.want)
	}
	// a line over the limit
	jr = NewJSONLReader(strings.NewReader("\n"+strings.Repeat("x", MaxLineBytes+1)), "in.jsonl")
	_, err = jr.Next()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "in.jsonl:2: bufio.Scanner: token too long")
}

func FuzzCheck(f *testing.F) {
	f.Add("Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart.", "en", "التقى وزير الخارجية الصيني نظيره الأفغاني.")
	f.Add("阿方愿同中方加强合作，中阿关系。", "zh", "الجانب الأفغاني")
	f.Add("Лавров и Ван И", "ru", "لافروف")
	f.Add("U.S.-China", "en", "الصينوروسيا")
	a := newTestAligner(f)
	f.Fuzz(func(t *testing.T, src, lang, tgt string) {
		fs, err := a.Check(src, lang, tgt)
		if err != nil {
			return
		}
		for _, x := range fs {
			if x.Src.Start < 0 || x.Src.End > len(src) || x.Src.Start > x.Src.End || src[x.Src.Start:x.Src.End] != x.Src.Text {
				t.Fatalf("bad src span %+v", x.Src)
			}
			if x.Tgt.Start < 0 || x.Tgt.End > len(tgt) || x.Tgt.Start > x.Tgt.End || tgt[x.Tgt.Start:x.Tgt.End] != x.Tgt.Text {
				t.Fatalf("bad tgt span %+v", x.Tgt)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","doc":"d","src":"阿方","tgt":"الجانب الأفغاني","src_lang":"zh"}` + "\n" + `{"src":"x","tgt":"y","src_lang":"en"}`))
	f.Add([]byte(`{"id":1,"src":"China","tgt":"الصين","src_lang":"en"}`))
	a := newTestAligner(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		jr := NewJSONLReader(bytes.NewReader(data), "fuzz.jsonl")
		for i := 0; i < 1000; i++ {
			d, err := jr.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) && !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
					t.Fatalf("error without file and line: %v", err)
				}
				return
			}
			if len(d.Segments) == 0 {
				t.Fatal("empty document")
			}
			_, _ = a.CheckDocument(d)
		}
	})
}

func FuzzTMX(f *testing.F) {
	f.Add([]byte(`<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>China <ph>x</ph></seg></tuv><tuv xml:lang="ar"><seg>الصين</seg></tuv></tu></body></tmx>`))
	a := newTestAligner(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := NewTMXReader(bytes.NewReader(data), "fuzz.tmx")
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			d, err := tr.Next()
			if err != nil {
				return
			}
			_, _ = a.CheckDocument(d)
		}
	})
}

func TestNamesOption(t *testing.T) {
	c := newTestAligner(t).c
	a, err := New(c, Options{Names: true})
	require.NoError(t, err)
	d := &Document{SrcLang: "en", Segments: []Segment{
		{ID: "1", Src: "Spokesman Markus Schneider said the talks went well.", Tgt: "قال المتحدث ماركوس شنايدر إن المحادثات سارت بشكل جيد."},
		{ID: "2", Src: "Schneider added that a new round would follow.", Tgt: "وأضاف شنيدر أن جولة جديدة ستعقد."},
	}}
	rs, err := a.CheckDocument(d)
	require.NoError(t, err)
	require.Len(t, rs[1].Findings, 1, "%+v", rs)
	f := rs[1].Findings[0]
	assert.Equal(t, NameVariant, f.Kind)
	assert.Equal(t, "شنيدر", f.Tgt.Text)
	assert.Equal(t, "1", f.First.Segment)
	// without the option the unknown name is not compared
	rs, err = newTestAligner(t).CheckDocument(d)
	require.NoError(t, err)
	assert.Empty(t, rs[1].Findings)
}

// TestReadoutSlips: the slips of a machine-translated Chinese readout —
// Azerbaijan rendered as Albania, 阿方 as the Afghan side, 中阿 as China and
// the Arab states — each a wrong entity with Azerbaijan expected.
func TestReadoutSlips(t *testing.T) {
	a := newTestAligner(t)
	rs, err := a.CheckDocument(&Document{SrcLang: "zh", Segments: []Segment{
		{Src: "王毅同阿塞拜疆外长拜拉莫夫举行会谈。", Tgt: "أجرى وانغ يي محادثات مع وزير خارجية ألبانيا بيراموف."},
		{Src: "王毅表示，中方赞赏阿方长期以来的支持。", Tgt: "قال وانغ يي إن الجانب الصيني يقدر الدعم الذي قدمه الجانب الأفغاني على المدى الطويل."},
		{Src: "双方同意推动中阿战略伙伴关系不断发展。", Tgt: "واتفق الجانبان على دفع الشراكة الاستراتيجية بين الصين والدول العربية."},
	}})
	require.NoError(t, err)
	var got []string
	for _, r := range rs {
		for _, f := range r.Findings {
			got = append(got, r.ID+" "+string(f.Kind)+" "+f.Src.Text+" "+f.Tgt.Text+" → "+*f.Suggestion)
		}
	}
	assert.Equal(t, []string{
		"1 wrong-entity 阿塞拜疆 ألبانيا → أذربيجان",
		"2 wrong-entity 阿方 الأفغاني → الأذربيجاني",
		"3 wrong-entity 阿 الدول العربية → أذربيجان",
	}, got)
}
