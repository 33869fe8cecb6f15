package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// TestFormatRegistry: every format is found by its name and is either a
// streaming or a batch format, with the writer that kind needs; the names
// read as usage text lists them.
func TestFormatRegistry(t *testing.T) {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
		got, ok := LookupFormat(f.Name)
		require.True(t, ok)
		require.Equal(t, f.Name, got.Name)
		if f.Batch {
			require.NotNil(t, f.NewBatch, f.Name)
			require.Nil(t, f.Append, f.Name)
			require.Nil(t, f.Write, f.Name)
		} else {
			require.NotNil(t, f.Append, f.Name)
			require.NotNil(t, f.Write, f.Name)
			require.Nil(t, f.NewBatch, f.Name)
		}
	}
	require.Equal(t, []string{"text", "json", "html", "sarif"}, names)
	_, ok := LookupFormat("xml")
	require.False(t, ok)
	_, ok = LookupFormat("")
	require.False(t, ok)
	require.Equal(t, "text, json, html or sarif", FormatNames(false))
	require.Equal(t, "text, json (JSON Lines for several files), html (one page) or sarif (one SARIF 2.1.0 log)", FormatNames(true))
}

// TestFormatsWriteWhatTheirWritersWrite: the registry's writers give the
// bytes of the package's writer functions, for one document and for two.
func TestFormatsWriteWhatTheirWritersWrite(t *testing.T) {
	docs := []Document{fixture(t), hostile()}
	direct := map[string]func(d []Document) []byte{
		"text": func(d []Document) []byte {
			var b []byte
			for _, x := range d {
				b = AppendText(b, x.Report, x.Text)
			}
			return b
		},
		"json": func(d []Document) []byte {
			var b bytes.Buffer
			for _, x := range d {
				require.NoError(t, JSON(&b, x.Report))
			}
			return b.Bytes()
		},
		"html": func(d []Document) []byte {
			var b bytes.Buffer
			require.NoError(t, HTMLDocuments(&b, d))
			return b.Bytes()
		},
		"sarif": func(d []Document) []byte {
			l := NewSARIFLog("1.2.3")
			for _, x := range d {
				l.Add(x.Report, x.Text)
			}
			var b bytes.Buffer
			require.NoError(t, l.Write(&b))
			return b.Bytes()
		},
	}
	for _, f := range Formats() {
		for _, d := range [][]Document{docs[:1], docs} {
			var got []byte
			if f.Batch {
				bt := f.NewBatch(BatchOptions{ToolVersion: "1.2.3"})
				for _, x := range d {
					bt.Add(x.Report, x.Text)
				}
				var b bytes.Buffer
				require.NoError(t, bt.Write(&b))
				got = b.Bytes()
			} else {
				var w bytes.Buffer
				for _, x := range d {
					var err error
					got, err = f.Append(got, x.Report, x.Text)
					require.NoError(t, err)
					require.NoError(t, f.Write(&w, x.Report, x.Text))
				}
				require.Equal(t, string(got), w.String(), f.Name)
			}
			require.Equal(t, string(direct[f.Name](d)), string(got), f.Name)
		}
	}
}

// TestSARIFRulesFollowKindTable: the SARIF rules say of each kind what the
// kind table says, their default level included (so that a kind's default
// level and the level of its findings agree).
func TestSARIFRulesFollowKindTable(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, NewSARIFLog("1").Write(&b))
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []sarifRule }
			}
		}
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	rules := log.Runs[0].Tool.Driver.Rules
	kinds := finding.Kinds()
	require.Len(t, rules, len(kinds))
	for i, k := range kinds {
		r := rules[i]
		require.Equal(t, string(k.Kind), r.ID)
		require.Equal(t, k.Name, r.Name)
		require.Equal(t, k.Short, r.ShortDescription.Text)
		require.Equal(t, k.Full, r.FullDescription.Text)
		require.Equal(t, k.Help, r.Help.Text)
		require.Equal(t, k.SARIFLevel(), r.DefaultConfiguration.Level, k.Kind)
	}
	require.Equal(t, "warning", rules[2].DefaultConfiguration.Level, "wrong-given-name findings are warnings")
}
