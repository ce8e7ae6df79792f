package annotation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"parley/core"
)

// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
const (
	// Context is the JSON-LD context of every exported annotation.
	Context = "http://www.w3.org/ns/anno.jsonld"
	// AnnotationIRI prefixes an annotation id to make its IRI.
	AnnotationIRI = "urn:parley:annotation:"
	// ReportIRI prefixes a report id to make the IRI of the target source.
	ReportIRI = "urn:parley:report:"
)

// Motivations used by the export.
const (
	MotivationCommenting  = "commenting"
	MotivationTagging     = "tagging"
	MotivationClassifying = "classifying"
	MotivationIdentifying = "identifying"
)

// motivations is the W3C list, for validation.
var motivations = []string{"assessing", "bookmarking", "classifying", "commenting",
	"describing", "editing", "highlighting", "identifying", "linking", "moderating",
	"questioning", "replying", "tagging"}

// timeLayout is ISO 8601 in UTC with milliseconds.
const timeLayout = "2006-01-02T15:04:05.000Z"

// JSON-LD shapes.
type ldAnnotation struct {
	Context    string   `json:"@context"`
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Motivation string   `json:"motivation"`
	Created    string   `json:"created,omitempty"`
	Modified   string   `json:"modified,omitempty"`
	Body       []ldBody `json:"body"`
	Target     ldTarget `json:"target"`
}

type ldBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Purpose string `json:"purpose"`
	Format  string `json:"format,omitempty"`
}

type ldTarget struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

type ldQuote struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

type ldPosition struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ToJSONLD returns the W3C Web Annotation of a. The motivation is
// commenting for a note, tagging for tags, classifying for a missed stance
// or proposal. Bodies are TextualBody: "stance:<type>" or
// "proposal:<status>" (purpose classifying) and the party (identifying)
// first, then one per tag (tagging), then the reader's text (commenting).
func ToJSONLD(a Annotation) any {
	ld := ldAnnotation{Context: Context, ID: AnnotationIRI + a.ID, Type: "Annotation",
		Created: isoTime(a.Created), Modified: isoTime(a.Modified), Body: []ldBody{},
		Target: ldTarget{Source: ReportIRI + a.ReportID, Selector: []any{
			ldQuote{Type: "TextQuoteSelector", Exact: a.Target.Quote.Exact, Prefix: a.Target.Quote.Prefix, Suffix: a.Target.Quote.Suffix},
			ldPosition{Type: "TextPositionSelector", Start: a.Target.Position.Start, End: a.Target.Position.End},
		}}}
	text := func(v, purpose string) ldBody {
		return ldBody{Type: "TextualBody", Value: v, Purpose: purpose, Format: "text/plain"}
	}
	switch a.Kind {
	case KindNote:
		ld.Motivation = MotivationCommenting
	case KindTag:
		ld.Motivation = MotivationTagging
	case KindStance:
		ld.Motivation = MotivationClassifying
		ld.Body = append(ld.Body, text("stance:"+string(a.StanceType), MotivationClassifying), text(a.Party, MotivationIdentifying))
	case KindProposal:
		ld.Motivation = MotivationClassifying
		ld.Body = append(ld.Body, text("proposal:"+string(a.Status), MotivationClassifying), text(a.Party, MotivationIdentifying))
	}
	for _, t := range a.Tags {
		ld.Body = append(ld.Body, text(t, MotivationTagging))
	}
	if a.Body != "" {
		ld.Body = append(ld.Body, text(a.Body, MotivationCommenting))
	}
	return ld
}

func isoTime(ms int64) string {
	if ms == 0 {
		return ""
	}
	return time.UnixMilli(ms).UTC().Format(timeLayout)
}

// Export returns annotations as a JSON array of W3C Web Annotations
// (JSON-LD), in the given order, indented.
func Export(anns []Annotation) ([]byte, error) {
	out := make([]any, len(anns))
	for i, a := range anns {
		out[i] = ToJSONLD(a)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Validate checks one decoded JSON-LD annotation (a JSON object decoded
// into map[string]any) against what Parley exports and reads: the W3C
// context, type Annotation, an id, a known motivation, TextualBody bodies,
// and a target with a source and a well-formed TextQuoteSelector (and, if
// present, TextPositionSelector). It returns each problem in plain words;
// none means valid.
func Validate(obj map[string]any) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if !hasString(obj["@context"], Context) {
		bad("its @context is not %s", Context)
	}
	if !hasString(obj["type"], "Annotation") {
		bad(`its type is not "Annotation"`)
	}
	if id, _ := obj["id"].(string); strings.TrimSpace(id) == "" {
		bad("it has no id")
	}
	if m, ok := obj["motivation"].(string); !ok || !slices.Contains(motivations, m) {
		bad("its motivation %v is not one of the W3C motivations", obj["motivation"])
	}
	for _, f := range []string{"created", "modified"} {
		if v, ok := obj[f]; ok {
			if s, _ := v.(string); s == "" || !validTime(s) {
				bad("its %s time %v is not an ISO 8601 date-time", f, v)
			}
		}
	}
	for i, b := range asList(obj["body"]) {
		bo, ok := b.(map[string]any)
		if !ok {
			bad("body %d is not an object", i+1)
			continue
		}
		if !hasString(bo["type"], "TextualBody") {
			bad("body %d is not a TextualBody", i+1)
		}
		if _, ok := bo["value"].(string); !ok {
			bad("body %d has no text value", i+1)
		}
		if p, ok := bo["purpose"]; ok {
			if ps, _ := p.(string); !slices.Contains(motivations, ps) {
				bad("body %d has an unknown purpose %v", i+1, p)
			}
		}
		if ps, _ := bo["purpose"].(string); ps == MotivationClassifying {
			v, _ := bo["value"].(string)
			if _, _, ok := parseClass(v); !ok {
				bad(`body %d classifies as %q, not "stance:<type>" or "proposal:<status>"`, i+1, v)
			}
		}
	}
	t, ok := obj["target"].(map[string]any)
	if !ok {
		bad("it has no target object")
		return errs
	}
	if s, _ := t["source"].(string); strings.TrimSpace(s) == "" {
		bad("its target has no source")
	}
	sels := asList(t["selector"])
	if len(sels) == 0 {
		bad("its target has no selector")
	}
	quotes := 0
	for i, s := range sels {
		so, ok := s.(map[string]any)
		if !ok {
			bad("selector %d is not an object", i+1)
			continue
		}
		switch so["type"] {
		case "TextQuoteSelector":
			quotes++
			if e, _ := so["exact"].(string); e == "" {
				bad("selector %d (TextQuoteSelector) has no exact text", i+1)
			}
			for _, f := range []string{"prefix", "suffix"} {
				if v, ok := so[f]; ok {
					if _, isStr := v.(string); !isStr {
						bad("selector %d (TextQuoteSelector) has a %s that is not text", i+1, f)
					}
				}
			}
		case "TextPositionSelector":
			st, ok1 := asInt(so["start"])
			en, ok2 := asInt(so["end"])
			if !ok1 || !ok2 || st < 0 || en < st {
				bad("selector %d (TextPositionSelector) has no valid start and end", i+1)
			}
		}
	}
	if len(sels) > 0 && quotes == 0 {
		bad("its target has no TextQuoteSelector (Parley needs the quoted words)")
	}
	return errs
}

// ValidateJSON validates every annotation of a JSON-LD document (an array
// of annotations or a single one); problems are prefixed "annotation n: ".
func ValidateJSON(data []byte) []string {
	items, err := decodeItems(data)
	if err != nil {
		return []string{err.Error()}
	}
	var errs []string
	for i, it := range items {
		for _, e := range Validate(it) {
			errs = append(errs, fmt.Sprintf("annotation %d: %s", i+1, e))
		}
	}
	return errs
}

func decodeItems(data []byte) ([]map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("this is not a JSON document: %v", err)
	}
	if dec.More() {
		return nil, errors.New("this is not one JSON document")
	}
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	case map[string]any:
		list = []any{x}
	default:
		return nil, errors.New("this is not a Web Annotation document (an annotation or a list of them)")
	}
	out := make([]map[string]any, len(list))
	for i, it := range list {
		m, ok := it.(map[string]any)
		if !ok {
			m = map[string]any{}
		}
		out[i] = m
	}
	return out, nil
}

// ImportReport says what an import did.
type ImportReport struct {
	// Added counts items added.
	Added int `json:"added"`
	// Skipped counts items already there (duplicates).
	Skipped int `json:"skipped"`
	// Refused lists items not imported, each with its reason in plain words.
	Refused []string `json:"refused"`
}

// Import reads W3C Web Annotations (as Export writes them) for the report
// reportID and merges them into existing without duplicates (same id, or
// same target and body; see Merge). Each annotation is validated; invalid
// ones, and ones whose target source is another report, are refused with
// the reason. The error is only for a document that cannot be read at all.
func Import(data []byte, reportID string, existing []Annotation) ([]Annotation, ImportReport, error) {
	rep := ImportReport{Refused: []string{}}
	items, err := decodeItems(data)
	if err != nil {
		return existing, rep, err
	}
	var incoming []Annotation
	for i, it := range items {
		name := fmt.Sprintf("annotation %d", i+1)
		if id, _ := it["id"].(string); id != "" {
			name += " (" + id + ")"
		}
		if errs := Validate(it); len(errs) > 0 {
			rep.Refused = append(rep.Refused, name+": "+strings.Join(errs, "; "))
			continue
		}
		a := fromJSONLD(it)
		if src := a.ReportID; src != reportID {
			rep.Refused = append(rep.Refused, name+": it is about another report")
			continue
		}
		if err := Check(a); err != nil {
			rep.Refused = append(rep.Refused, name+": "+err.Error())
			continue
		}
		incoming = append(incoming, a)
	}
	merged, added, skipped := Merge(existing, incoming)
	rep.Added, rep.Skipped = added, skipped
	return merged, rep, nil
}

// fromJSONLD converts a validated JSON-LD annotation.
func fromJSONLD(it map[string]any) Annotation {
	var a Annotation
	id, _ := it["id"].(string)
	a.ID = strings.TrimPrefix(id, AnnotationIRI)
	a.Created = parseTime(it["created"])
	a.Modified = parseTime(it["modified"])
	t := it["target"].(map[string]any)
	src, _ := t["source"].(string)
	a.ReportID = strings.TrimPrefix(src, ReportIRI)
	a.Target.Source = a.ReportID
	for _, s := range asList(t["selector"]) {
		so, _ := s.(map[string]any)
		switch so["type"] {
		case "TextQuoteSelector":
			a.Target.Quote.Exact, _ = so["exact"].(string)
			a.Target.Quote.Prefix, _ = so["prefix"].(string)
			a.Target.Quote.Suffix, _ = so["suffix"].(string)
		case "TextPositionSelector":
			a.Target.Position.Start, _ = asInt(so["start"])
			a.Target.Position.End, _ = asInt(so["end"])
		}
	}
	motivation, _ := it["motivation"].(string)
	var comments []string
	for _, b := range asList(it["body"]) {
		bo, _ := b.(map[string]any)
		v, _ := bo["value"].(string)
		purpose, _ := bo["purpose"].(string)
		if purpose == "" {
			purpose = motivation
		}
		switch purpose {
		case MotivationTagging:
			a.Tags = append(a.Tags, v)
		case MotivationClassifying:
			kind, val, _ := parseClass(v)
			a.Kind = kind
			if kind == KindStance {
				a.StanceType = core.StanceType(val)
			} else {
				a.Status = core.ProposalStatus(val)
			}
		case MotivationIdentifying:
			a.Party = v
		default:
			comments = append(comments, v)
		}
	}
	a.Body = strings.Join(comments, "\n\n")
	if a.Kind == "" {
		if motivation == MotivationTagging || len(a.Tags) > 0 && len(comments) == 0 {
			a.Kind = KindTag
		} else {
			a.Kind = KindNote
		}
	}
	return a
}

// parseClass splits "stance:<type>" or "proposal:<status>".
func parseClass(v string) (Kind, string, bool) {
	if t, ok := strings.CutPrefix(v, "stance:"); ok {
		return KindStance, t, slices.Contains(core.StanceTypes, core.StanceType(t))
	}
	if s, ok := strings.CutPrefix(v, "proposal:"); ok {
		return KindProposal, s, slices.Contains(core.ProposalStatuses, core.ProposalStatus(s))
	}
	return "", "", false
}

func hasString(v any, want string) bool {
	switch x := v.(type) {
	case string:
		return x == want
	case []any:
		for _, e := range x {
			if e == want {
				return true
			}
		}
	}
	return false
}

func asList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	default:
		return []any{x}
	}
}

func asInt(v any) (int, bool) {
	switch x := v.(type) {
	case json.Number:
		n, err := x.Int64()
		if err != nil || n > math.MaxInt32 {
			return 0, false
		}
		return int(n), true
	case float64:
		if x != math.Trunc(x) || x > math.MaxInt32 {
			return 0, false
		}
		return int(x), true
	}
	return 0, false
}

func validTime(s string) bool {
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

func parseTime(v any) int64 {
	s, _ := v.(string)
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0
	}
	return t.UnixMilli()
}
