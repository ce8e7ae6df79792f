package annotation

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// example returns four annotations, one of each kind, on the multilingual
// fixture (curly quotes, Arabic, emoji).
func example(t *testing.T) []Annotation {
	t.Helper()
	text := fixture(t, "multilingual.txt")
	target := func(quote string, n int) Target {
		s, e := span(t, text, quote, n)
		tg, err := NewTarget(text, "3f2a9c1d00b7e4aa", s, e)
		require.NoError(t, err)
		return tg
	}
	const t0 = int64(1795000000000) // 2026-11-18T11:06:40Z
	return []Annotation{
		{ID: "n1", ReportID: "3f2a9c1d00b7e4aa", Kind: KindNote, Body: "Baabda speaks for the president — check the “sources”.", Tags: []string{"sourcing"},
			Created: t0, Modified: t0 + 1500, Target: target("according to sources in Baabda", 1)},
		{ID: "t1", ReportID: "3f2a9c1d00b7e4aa", Kind: KindTag, Tags: []string{"ceasefire", "وقف إطلاق النار"},
			Created: t0 + 2000, Modified: t0 + 2000, Target: target("«وقف إطلاق النار أولاً» 🤝", 1)},
		{ID: "s1", ReportID: "3f2a9c1d00b7e4aa", Kind: KindStance, Party: "lebanon", StanceType: core.Condition, Tags: []string{"sequencing"},
			Body: "ceasefire before any other file", Created: t0 + 3000, Modified: t0 + 3000,
			Target: target("“the ceasefire comes first” 🇱🇧", 1)},
		{ID: "p1", ReportID: "3f2a9c1d00b7e4aa", Kind: KindProposal, Party: "Israel", Status: core.StatusUnderDiscussion,
			Created: t0 + 4000, Modified: t0 + 4000, Target: target("“gradual withdrawal” plan", 1)},
	}
}

func decodeList(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var list []map[string]any
	require.NoError(t, json.Unmarshal(data, &list))
	return list
}

func TestExportGolden(t *testing.T) {
	anns := example(t)
	for _, a := range anns {
		require.NoError(t, Check(a), a.ID)
	}
	got, err := Export(anns)
	require.NoError(t, err)
	const golden = "testdata/export.golden.jsonld"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./core/annotation -update to create it")
	assert.Equal(t, string(want), string(got))
}

func TestExportShape(t *testing.T) {
	data, err := Export(example(t))
	require.NoError(t, err)
	assert.Empty(t, ValidateJSON(data))
	list := decodeList(t, data)
	require.Len(t, list, 4)
	wantMotivation := []string{"commenting", "tagging", "classifying", "classifying"}
	for i, obj := range list {
		assert.Empty(t, Validate(obj))
		assert.Equal(t, Context, obj["@context"])
		assert.Equal(t, "Annotation", obj["type"])
		assert.Equal(t, wantMotivation[i], obj["motivation"])
		assert.True(t, strings.HasPrefix(obj["id"].(string), AnnotationIRI))
		assert.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`, obj["created"])
		target := obj["target"].(map[string]any)
		assert.Equal(t, ReportIRI+"3f2a9c1d00b7e4aa", target["source"])
		sels := target["selector"].([]any)
		require.Len(t, sels, 2)
		q, p := sels[0].(map[string]any), sels[1].(map[string]any)
		assert.Equal(t, "TextQuoteSelector", q["type"])
		assert.Equal(t, "TextPositionSelector", p["type"])
		// positions are code points of the fixture
		runes := []rune(fixture(t, "multilingual.txt"))
		assert.Equal(t, q["exact"], string(runes[int(p["start"].(float64)):int(p["end"].(float64))]))
		for _, b := range obj["body"].([]any) {
			assert.Equal(t, "TextualBody", b.(map[string]any)["type"])
		}
	}
	assert.Equal(t, "2026-11-18T11:06:41.500Z", list[0]["modified"])
	body := list[2]["body"].([]any)
	assert.Equal(t, "stance:condition", body[0].(map[string]any)["value"])
	assert.Equal(t, "classifying", body[0].(map[string]any)["purpose"])
	assert.Equal(t, "lebanon", body[1].(map[string]any)["value"])
	assert.Equal(t, "identifying", body[1].(map[string]any)["purpose"])
}

func TestValidate(t *testing.T) {
	data, err := Export(example(t)[:1])
	require.NoError(t, err)
	tests := []struct {
		name   string
		edit   func(o map[string]any)
		errHas string
	}{
		{"valid", func(o map[string]any) {}, ""},
		{"context array", func(o map[string]any) { o["@context"] = []any{Context, "http://example.org/ctx"} }, ""},
		{"no context", func(o map[string]any) { delete(o, "@context") }, "@context"},
		{"wrong context", func(o map[string]any) { o["@context"] = "http://schema.org" }, "@context"},
		{"wrong type", func(o map[string]any) { o["type"] = "Note" }, `type is not "Annotation"`},
		{"no id", func(o map[string]any) { delete(o, "id") }, "no id"},
		{"bad motivation", func(o map[string]any) { o["motivation"] = "shouting" }, "motivation"},
		{"bad time", func(o map[string]any) { o["created"] = "yesterday" }, "ISO 8601"},
		{"no target", func(o map[string]any) { delete(o, "target") }, "no target"},
		{"no source", func(o map[string]any) { delete(o["target"].(map[string]any), "source") }, "no source"},
		{"no selector", func(o map[string]any) { delete(o["target"].(map[string]any), "selector") }, "no selector"},
		{"only position", func(o map[string]any) {
			o["target"].(map[string]any)["selector"] = []any{map[string]any{"type": "TextPositionSelector", "start": 1, "end": 2}}
		}, "no TextQuoteSelector"},
		{"empty exact", func(o map[string]any) {
			o["target"].(map[string]any)["selector"].([]any)[0].(map[string]any)["exact"] = ""
		}, "no exact text"},
		{"prefix not text", func(o map[string]any) {
			o["target"].(map[string]any)["selector"].([]any)[0].(map[string]any)["prefix"] = 3
		}, "prefix that is not text"},
		{"reversed position", func(o map[string]any) {
			o["target"].(map[string]any)["selector"].([]any)[1].(map[string]any)["end"] = -1
		}, "valid start and end"},
		{"fractional position", func(o map[string]any) {
			o["target"].(map[string]any)["selector"].([]any)[1].(map[string]any)["start"] = 1.5
		}, "valid start and end"},
		{"body not textual", func(o map[string]any) { o["body"] = map[string]any{"type": "Image", "value": "x"} }, "not a TextualBody"},
		{"bad classification", func(o map[string]any) {
			o["body"] = map[string]any{"type": "TextualBody", "value": "mood:angry", "purpose": "classifying"}
		}, "classifies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obj := decodeList(t, data)[0]
			tt.edit(obj)
			errs := Validate(obj)
			if tt.errHas == "" {
				assert.Empty(t, errs)
			} else {
				require.NotEmpty(t, errs)
				assert.Contains(t, strings.Join(errs, "; "), tt.errHas)
			}
		})
	}
}

func TestImportRoundTrip(t *testing.T) {
	anns := example(t)
	data, err := Export(anns)
	require.NoError(t, err)
	got, rep, err := Import(data, "3f2a9c1d00b7e4aa", nil)
	require.NoError(t, err)
	assert.Equal(t, ImportReport{Added: 4, Refused: []string{}}, rep)
	assert.Equal(t, anns, got)
}

func TestImportMerge(t *testing.T) {
	anns := example(t)
	data, err := Export(anns)
	require.NoError(t, err)

	// same annotations under other ids (made by another copy of Parley):
	// duplicates by target and body
	renamed := strings.ReplaceAll(string(data), AnnotationIRI, AnnotationIRI+"other-")
	// a foreign annotation of the same report with a single body object
	foreign := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/anno/7","type":"Annotation",
	  "motivation":"commenting","body":{"type":"TextualBody","value":"Worth a follow-up"},
	  "target":{"source":"urn:parley:report:3f2a9c1d00b7e4aa","selector":{"type":"TextQuoteSelector","exact":"Talks in Doha"}}}`

	tests := []struct {
		name     string
		data     string
		existing []Annotation
		want     ImportReport
		refused  []string // substrings, in order
		total    int
	}{
		{"into empty", string(data), nil, ImportReport{Added: 4}, nil, 4},
		{"again: same ids", string(data), anns, ImportReport{Skipped: 4}, nil, 4},
		{"other ids, same target and body", renamed, anns, ImportReport{Skipped: 4}, nil, 4},
		{"single foreign annotation", foreign, anns, ImportReport{Added: 1}, nil, 5},
		{"invalid and other-report items refused, the rest merged", `[
		  {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","motivation":"commenting",
		   "body":{"type":"TextualBody","value":"no id"},"target":{"source":"urn:parley:report:3f2a9c1d00b7e4aa","selector":{"type":"TextQuoteSelector","exact":"Doha"}}},
		  {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:parley:annotation:x2","type":"Annotation","motivation":"commenting",
		   "body":{"type":"TextualBody","value":"other report"},"target":{"source":"urn:parley:report:ffff","selector":{"type":"TextQuoteSelector","exact":"Doha"}}},
		  {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:parley:annotation:x3","type":"Annotation","motivation":"classifying",
		   "body":[{"type":"TextualBody","value":"stance:hope","purpose":"classifying"}],"target":{"source":"urn:parley:report:3f2a9c1d00b7e4aa","selector":{"type":"TextQuoteSelector","exact":"Doha"}}},
		  "not an object",
		  {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:parley:annotation:x5","type":"Annotation","motivation":"tagging",
		   "body":{"type":"TextualBody","value":"doha","purpose":"tagging"},"target":{"source":"urn:parley:report:3f2a9c1d00b7e4aa","selector":{"type":"TextQuoteSelector","exact":"Doha"}}}
		]`, nil, ImportReport{Added: 1}, []string{"annotation 1: it has no id", "annotation 2 (urn:parley:annotation:x2): it is about another report",
			"annotation 3 (urn:parley:annotation:x3): the stance has no party", "annotation 4: its @context"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep, err := Import([]byte(tt.data), "3f2a9c1d00b7e4aa", tt.existing)
			require.NoError(t, err)
			assert.Equal(t, tt.want.Added, rep.Added)
			assert.Equal(t, tt.want.Skipped, rep.Skipped)
			require.Len(t, rep.Refused, len(tt.refused), "%q", rep.Refused)
			for i, r := range tt.refused {
				assert.Contains(t, rep.Refused[i], r)
			}
			assert.Len(t, got, tt.total)
			for _, a := range got {
				assert.NoError(t, Check(a))
			}
		})
	}
}

func TestImportForeignShape(t *testing.T) {
	foreign := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/anno/7","type":"Annotation",
	  "motivation":"commenting","body":{"type":"TextualBody","value":"Worth a follow-up"},
	  "created":"2026-11-18T13:06:40+02:00",
	  "target":{"source":"urn:parley:report:r","selector":{"type":"TextQuoteSelector","exact":"Talks in Doha"}}}`
	got, rep, err := Import([]byte(foreign), "r", nil)
	require.NoError(t, err)
	require.Equal(t, 1, rep.Added)
	a := got[0]
	assert.Equal(t, "http://example.org/anno/7", a.ID)
	assert.Equal(t, KindNote, a.Kind)
	assert.Equal(t, "Worth a follow-up", a.Body)
	assert.Equal(t, int64(1795000000000), a.Created)
	assert.Equal(t, "Talks in Doha", a.Target.Quote.Exact)
}

func TestImportNotADocument(t *testing.T) {
	for _, data := range []string{"", "nope", `"a string"`, `[] []`, `42`} {
		_, _, err := Import([]byte(data), "r", nil)
		assert.Error(t, err, "%q", data)
	}
}

func TestCheck(t *testing.T) {
	good := example(t)
	tests := []struct {
		name   string
		a      Annotation
		edit   func(a *Annotation)
		errHas string
	}{
		{"note", good[0], func(a *Annotation) {}, ""},
		{"tag", good[1], func(a *Annotation) {}, ""},
		{"stance", good[2], func(a *Annotation) {}, ""},
		{"proposal", good[3], func(a *Annotation) {}, ""},
		{"empty note", good[0], func(a *Annotation) { a.Body = " " }, "note is empty"},
		{"tag without tags", good[1], func(a *Annotation) { a.Tags = nil }, "no tag"},
		{"blank tag", good[1], func(a *Annotation) { a.Tags = []string{"x", ""} }, "tags is empty"},
		{"stance without party", good[2], func(a *Annotation) { a.Party = "" }, "no party"},
		{"bad stance type", good[2], func(a *Annotation) { a.StanceType = "angry" }, "not a stance type"},
		{"bad status", good[3], func(a *Annotation) { a.Status = "maybe" }, "not a proposal status"},
		{"bad kind", good[0], func(a *Annotation) { a.Kind = "highlight" }, "not a kind"},
		{"no id", good[0], func(a *Annotation) { a.ID = "" }, "no id"},
		{"no quote", good[0], func(a *Annotation) { a.Target.Quote.Exact = "" }, "does not quote"},
		{"bad position", good[0], func(a *Annotation) { a.Target.Position = TextPositionSelector{Start: 5, End: 2} }, "not a range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.Tags = append([]string(nil), a.Tags...)
			tt.edit(&a)
			err := Check(a)
			if tt.errHas == "" {
				assert.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.errHas)
			}
		})
	}
}
