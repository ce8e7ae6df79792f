package ui

import (
	"strings"
	"unicode"
)

// Language is what DetectLanguage found: a language (or only a script)
// and, for the reader, its name.
type Language struct {
	Code string // ISO 639-1 ("en", "fr", …), "und" when only the script is known
	Name string // "French", "Arabic script", …
}

// English reports whether Parley can read the text: English, or too short
// or too mixed to tell.
func (l Language) English() bool { return l.Code == "" || l.Code == "en" }

// Notice says plainly that Parley reads English only.
func (l Language) Notice() string {
	return "This report looks like " + l.Name + ". Parley reads English news only, so it finds few or no parties and stances here."
}

// scripts are the writing systems other than Latin that DetectLanguage
// names, with the language or script a text mostly in them is in.
var scripts = []struct {
	table *unicode.RangeTable
	lang  Language
}{
	{unicode.Arabic, Language{"ar", "Arabic"}},
	{unicode.Hebrew, Language{"he", "Hebrew"}},
	{unicode.Cyrillic, Language{"ru", "Russian (Cyrillic script)"}},
	{unicode.Greek, Language{"el", "Greek"}},
	{unicode.Han, Language{"zh", "Chinese"}},
	{unicode.Hiragana, Language{"ja", "Japanese"}},
	{unicode.Katakana, Language{"ja", "Japanese"}},
	{unicode.Hangul, Language{"ko", "Korean"}},
	{unicode.Devanagari, Language{"hi", "Hindi"}},
	{unicode.Thai, Language{"th", "Thai"}},
	{unicode.Armenian, Language{"hy", "Armenian"}},
	{unicode.Georgian, Language{"ka", "Georgian"}},
}

// stopWords are the commonest short words of the languages written in
// Latin script that news reports come in, none of them an English word.
var stopWords = map[string]Language{}

func init() {
	for _, l := range []struct {
		lang  Language
		words string
	}{
		{Language{"en", "English"}, "the of and to in is was that for on with as by at from it said be has have are were which will not this their its an or but they had would been after who"},
		{Language{"fr", "French"}, "le la les des du une et est dans pour que qui sur au aux avec pas ne se ce il elle sont ont été par plus mais leur cette entre selon lors"},
		{Language{"es", "Spanish"}, "el los las del y que en por con para una es su al lo como más pero sus se ha fue entre según sobre desde este esta"},
		{Language{"de", "German"}, "der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch wird wurde sind nach bei aus wie über dass"},
		{Language{"it", "Italian"}, "il lo gli della delle dei che di e è un una per con non del nel sono alla anche ha ma più tra questo questa"},
		{Language{"pt", "Portuguese"}, "os da das do dos que em um uma para com não mais como mas foi pelo pela ao são também entre seu sua"},
		{Language{"nl", "Dutch"}, "de het een van en is dat op te zijn met voor niet aan er ook maar bij door wordt werd naar dan"},
		{Language{"tr", "Turkish"}, "ve bir bu da de için ile olarak çok daha ama gibi olan sonra kadar değil ya göre"},
		{Language{"id", "Indonesian"}, "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena oleh ada mereka"},
	} {
		for _, w := range strings.Fields(l.words) {
			if _, taken := stopWords[w]; !taken {
				stopWords[w] = l.lang
			}
		}
	}
}

// DetectLanguage tells the language of a report from its first 20,000
// characters: a script other than Latin in most of its letters names the
// language (Arabic, Hebrew, Chinese, …); in Latin script, the language
// whose common words it uses most. A text too short to tell (under 20
// words) is taken as English.
//
// No language detection library for Go fits Parley's size budget (the
// well-known ones carry n-gram models of hundreds of kilobytes); this
// script and stop-word test costs a few kilobytes and tells the languages
// news comes in apart from English, which is all Parley needs to know.
func DetectLanguage(text string) Language {
	if len(text) > 20000 {
		text = text[:20000]
	}
	counts := make([]int, len(scripts))
	letters, latin := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x250 {
			latin++
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 {
		return Language{}
	}
	best := 0
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	if 2*counts[best] > letters {
		return scripts[best].lang
	}
	if 2*latin <= letters {
		return Language{"und", "a script Parley does not read"}
	}
	hits := map[string]int{}
	words := 0
	var byCode = map[string]Language{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if l, ok := stopWords[w]; ok {
			hits[l.Code]++
			byCode[l.Code] = l
		}
	}
	if words < 20 {
		return Language{}
	}
	top := Language{}
	for code, n := range hits {
		if n > hits[top.Code] || n == hits[top.Code] && code < top.Code {
			top = byCode[code]
		}
	}
	if top.Code == "" || top.Code == "en" || hits[top.Code] < 3 || hits[top.Code] <= hits["en"] {
		return Language{"en", "English"}
	}
	return top
}
