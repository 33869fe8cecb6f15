package align

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func checkXLIFF(t *testing.T, data []byte, name string) []Result {
	t.Helper()
	a := newTestAligner(t)
	xr, err := NewXLIFFReader(data, name)
	require.NoError(t, err)
	var rs []Result
	for {
		d, err := xr.Next()
		if errors.Is(err, io.EOF) {
			return rs
		}
		require.NoError(t, err)
		r, err := a.CheckDocument(d)
		require.NoError(t, err)
		rs = append(rs, r...)
	}
}

var ourMrk = regexp.MustCompile(`<mrk [^>]*"nazir-\d+"[^>]*>|</mrk>|<mrk[ >]`)

// stripAnnotations removes the <mrk> elements AnnotateXLIFF added (and
// the ITS declarations on <xliff>), keeping the input's own.
func stripAnnotations(b []byte) []byte {
	var out bytes.Buffer
	var stack []bool // true: ours
	last := 0
	for _, m := range ourMrk.FindAllIndex(b, -1) {
		tag := string(b[m[0]:m[1]])
		switch {
		case tag == "</mrk>":
			ours := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if ours {
				out.Write(b[last:m[0]])
				last = m[1]
			}
		case strings.Contains(tag, "nazir-"):
			stack = append(stack, true)
			out.Write(b[last:m[0]])
			last = m[1]
		default:
			stack = append(stack, false)
		}
	}
	out.Write(b[last:])
	s := strings.Replace(out.String(), ` xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"`, "", 1)
	s = strings.Replace(s, ` xmlns:its="http://www.w3.org/2005/11/its"`, "", 1)
	return []byte(s)
}

func TestXLIFFRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		file  string
		kinds []string // finding kinds by segment id
	}{
		{"readout-2.1.xlf", []string{"u2/s1:wrong-entity", "u2/s2:added-entity", "u3/1:name-variant"}},
		{"readout-1.2.xlf", []string{"1:wrong-entity", "3:wrong-entity"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "xliff", tc.file)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			rs := checkXLIFF(t, data, path)
			var kinds []string
			for _, r := range rs {
				for _, f := range r.Findings {
					kinds = append(kinds, r.ID+":"+string(f.Kind))
				}
			}
			assert.Equal(t, tc.kinds, kinds)
			out, err := AnnotateXLIFF(data, rs)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(stripAnnotations(out)), "only the annotations differ")
			assert.Equal(t, len(tc.kinds), strings.Count(string(out), `its:locQualityIssueType="inconsistent-entities"`))
			golden := strings.TrimSuffix(path, ".xlf") + ".annotated.xlf"
			if *update {
				require.NoError(t, os.WriteFile(golden, out, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(out))
			// the annotated file reads back with the same texts
			again := checkXLIFF(t, out, golden)
			require.Len(t, again, len(rs))
			for i := range rs {
				assert.Equal(t, len(rs[i].Findings), len(again[i].Findings), rs[i].ID)
			}
		})
	}
}

// TestXLIFFSchema validates the annotated XLIFF 2.1 file against the OASIS
// XLIFF 2 core schema shipped in testdata, with xmllint (Debian's
// libxml2-utils); skipped when xmllint is absent.
func TestXLIFFSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: apt-get install libxml2-utils); the schema check needs it")
	}
	for _, tc := range []struct{ file, schema string }{
		{"readout-2.1.annotated.xlf", "testdata/xliff/schema/xliff_core_2.0.xsd"},
		{"readout-2.1.xlf", "testdata/xliff/schema/xliff_core_2.0.xsd"},
	} {
		out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", tc.schema, filepath.Join("testdata", "xliff", tc.file)).CombinedOutput()
		assert.NoError(t, err, "%s", out)
	}
	// The check can fail: an <mrk> without its required id is refused.
	bad, err := os.ReadFile(filepath.Join("testdata", "xliff", "readout-2.1.annotated.xlf"))
	require.NoError(t, err)
	tmp := filepath.Join(t.TempDir(), "bad.xlf")
	require.NoError(t, os.WriteFile(tmp, bytes.Replace(bad, []byte(`<mrk id="nazir-1" `), []byte(`<mrk `), 1), 0o644))
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", "testdata/xliff/schema/xliff_core_2.0.xsd", tmp).CombinedOutput()
	assert.Error(t, err, "%s", out)
	// XLIFF 1.2: well-formed (no 1.2 schema is shipped)
	out, err = exec.Command(xmllint, "--noout", "--nonet", filepath.Join("testdata", "xliff", "readout-1.2.annotated.xlf")).CombinedOutput()
	assert.NoError(t, err, "%s", out)
}

func TestXLIFFStream(t *testing.T) {
	for _, p := range []string{"testdata/xliff/readout-2.1.xlf", "testdata/xliff/readout-1.2.xlf"} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		xr, err := NewXLIFFReader(data, p)
		require.NoError(t, err)
		f, err := os.Open(p)
		require.NoError(t, err)
		xs := NewXLIFFStream(f, p)
		for {
			want, err1 := xr.Next()
			got, err2 := xs.Next()
			assert.Equal(t, err1, err2)
			assert.Equal(t, want, got)
			if err1 != nil {
				break
			}
		}
		f.Close()
	}
}

func TestXLIFFErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<xliff", "bad.xlf:1:"},
		{`<x xmlns="urn:other"/>`, "no XLIFF 1.2 or 2.x"},
		{"\xff", "not UTF-8"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>a</source>`, "bad.xlf:1:"},
		{"", "no <xliff> element"},
		{`<A xmlns="urn:oasis:names:tc:xliff:document:1.2"><trans-unit>`, "<trans-unit> outside <xliff>"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><trans-unit id="1">`, "<trans-unit> outside <file>"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ar"><unit id="u"><segment>`, "<unit> outside <file>"},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"><file id="f"/></xliff>`, `trgLang "fr": the target must be Arabic`},
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en" target-language="de-DE" datatype="plaintext"><body/></file></xliff>`, `target-language "de-DE"`},
	} {
		xr, err := NewXLIFFReader([]byte(tc.in), "bad.xlf")
		if err == nil {
			_, err = xr.Next()
		}
		require.Error(t, err, tc.in)
		assert.Contains(t, err.Error(), tc.want)
		assert.ErrorIs(t, err, ErrInput)
	}
	_, err := AnnotateXLIFF([]byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"></xliff>`), []Result{{ID: "1"}})
	assert.Error(t, err, "more results than segments")
}

func TestMapOffsets(t *testing.T) {
	raw := []byte("a&amp;b&#x627;<![CDATA[<c>]]>")
	// text: a & b ا < c >  (ا is two bytes)
	offs := mapOffsets(raw, 10, 8)
	assert.Equal(t, []int{10, 11, 16, 17, 17, 33, 34, 35, 39}, offs)
}

func FuzzXLIFF(f *testing.F) {
	for _, p := range []string{"testdata/xliff/readout-2.1.xlf", "testdata/xliff/readout-1.2.xlf"} {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	a := newTestAligner(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		xr, err := NewXLIFFReader(data, "fuzz")
		if err != nil {
			return
		}
		var rs []Result
		for {
			d, err := xr.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					return
				}
				break
			}
			r, err := a.CheckDocument(d)
			if err != nil {
				return
			}
			rs = append(rs, r...)
		}
		out, err := AnnotateXLIFF(data, rs)
		if err != nil {
			t.Fatalf("annotate after a clean read: %v", err)
		}
		if !bytes.Equal(stripAnnotations(out), data) && !bytes.Contains(data, []byte("nazir-")) {
			t.Fatalf("annotation changed other bytes")
		}
	})
}

func TestTMX(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu tuid="a"><tuv xml:lang="en"><seg>Chinese Foreign Minister <bpt i="1">&lt;b&gt;</bpt>Wang Yi<ept i="1">&lt;/b&gt;</ept> met his Azerbaijani counterpart.</seg></tuv>
<tuv xml:lang="ar-SA"><seg>التقى وزير الخارجية الصيني <bpt i="1">&lt;b&gt;</bpt>وانغ يي<ept i="1">&lt;/b&gt;</ept> نظيره الأفغاني.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>No Arabic here.</seg></tuv><tuv xml:lang="fr"><seg>Pas d'arabe.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Russia and <hi>Egypt</hi>.</seg></tuv><tuv xml:lang="ar"><seg>روسيا و<hi>مصر</hi>.</seg></tuv></tu>
</body></tmx>`
	tr, err := NewTMXReader(strings.NewReader(in), "m.tmx")
	require.NoError(t, err)
	a := newTestAligner(t)
	var got []string
	for {
		d, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		rs, err := a.CheckDocument(d)
		require.NoError(t, err)
		for _, f := range rs[0].Findings {
			got = append(got, d.ID+":"+string(f.Kind)+":"+f.Tgt.Text)
		}
		got = append(got, d.ID+"|"+d.Segments[0].Src)
	}
	assert.Equal(t, []string{"a:wrong-entity:الأفغاني", "a|Chinese Foreign Minister Wang Yi met his Azerbaijani counterpart.", "3|Russia and Egypt."}, got)
	_, err = func() (*Document, error) {
		tr, _ := NewTMXReader(strings.NewReader("<tmx><body><tu><tuv>"), "bad.tmx")
		return tr.Next()
	}()
	assert.ErrorIs(t, err, ErrInput)
	assert.Contains(t, err.Error(), "bad.tmx:1:")
}
