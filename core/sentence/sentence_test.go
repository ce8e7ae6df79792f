package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

type newsCase struct {
	name string
	text string
	want []string // exact span texts
}

// newsCases are invented news sentences for the cases that matter to Parley.
var newsCases = []newsCase{
	{"titles and initialisms", "Gen. Michel Aoun met U.S. envoy Amos Hochstein on Monday. The talks lasted two hours.",
		[]string{"Gen. Michel Aoun met U.S. envoy Amos Hochstein on Monday.", "The talks lasted two hours."}},
	{"Mr Mrs Dr", "Mr. Blair met Mrs. Merkel and Dr. Rice in Berlin. They agreed on nothing.",
		[]string{"Mr. Blair met Mrs. Merkel and Dr. Rice in Berlin.", "They agreed on nothing."}},
	{"amounts and decimals", "The deal is worth $1.5 billion. Inflation rose 7.5 pct in January, up from 3.14 pct. It was signed in Washington.",
		[]string{"The deal is worth $1.5 billion.", "Inflation rose 7.5 pct in January, up from 3.14 pct.", "It was signed in Washington."}},
	{"initials", "J. F. Kennedy met N. S. Khrushchev in Vienna. Secretary of State George P. Shultz said so.",
		[]string{"J. F. Kennedy met N. S. Khrushchev in Vienna.", "Secretary of State George P. Shultz said so."}},
	{"dates and numbers", "The talks resumed on Jan. 5 in Geneva. No. 10 Downing St. said nothing. Feb. 26 is the deadline.",
		[]string{"The talks resumed on Jan. 5 in Geneva.", "No. 10 Downing St. said nothing.", "Feb. 26 is the deadline."}},
	{"companies", "Talks with Acme Inc. The company declined to comment. Chrysler Corp. Chairman Lee Iacocca said he was hopeful.",
		[]string{"Talks with Acme Inc.", "The company declined to comment.", "Chrysler Corp. Chairman Lee Iacocca said he was hopeful."}},
	{"etc and vs", "They discussed tariffs, quotas, etc. The next round is in May. It is Iran vs. the West.",
		[]string{"They discussed tariffs, quotas, etc.", "The next round is in May.", "It is Iran vs. the West."}},
	{"U.S. at the end", "The sanctions were drafted in the U.S. The European Union followed.",
		[]string{"The sanctions were drafted in the U.S.", "The European Union followed."}},
	{"U.S. in 1987 wire style", "The U.S. Is pressing for greater access. Some U.S. Officials complained.",
		[]string{"The U.S. Is pressing for greater access.", "Some U.S. Officials complained."}},
	{"straight quotes", `"We want peace." The minister then left. "Is it over?" he asked.`,
		[]string{`"We want peace."`, "The minister then left.", `"Is it over?" he asked.`}},
	{"curly quotes", "“We will not accept this.” The minister left. ‘No,’ she said. “Never!” they shouted.",
		[]string{"“We will not accept this.”", "The minister left.", "‘No,’ she said.", "“Never!” they shouted."}},
	{"quote then name and speech verb", "“Why now?” Lavrov asked. “We are ready!” Foreign Minister Wang Yi said on Monday.",
		[]string{"“Why now?” Lavrov asked.", "“We are ready!” Foreign Minister Wang Yi said on Monday."}},
	{"brackets", "(The talks ended at noon.) Both sides left. He spoke (briefly.) and sat down.",
		[]string{"(The talks ended at noon.)", "Both sides left.", "He spoke (briefly.) and sat down."}},
	{"ellipses", "The talks… stalled. Then they resumed... Nobody knows why. “We waited . . . and waited.”",
		[]string{"The talks… stalled.", "Then they resumed...", "Nobody knows why.", "“We waited . . . and waited.”"}},
	{"em dashes", "The offer — a ceasefire — was rejected. The U.S.—China talks ended. Iran said no.",
		[]string{"The offer — a ceasefire — was rejected.", "The U.S.—China talks ended.", "Iran said no."}},
	{"no final punctuation", "Talks continue in Geneva", []string{"Talks continue in Geneva"}},
	{"dateline", "WASHINGTON (Reuters) - The United States said on Monday it would resume talks. Iran rejected the offer.",
		[]string{"WASHINGTON (Reuters) - The United States said on Monday it would resume talks.", "Iran rejected the offer."}},
	{"dateline with abbreviations", "ST. LOUIS, Mo., March 3 - Talks resumed. Both sides met.",
		[]string{"ST. LOUIS, Mo., March 3 - Talks resumed.", "Both sides met."}},
	{"time", "He arrived at 10 a.m. and left at 2 p.m. The talks failed. At 9 a.m. Monday they resume.",
		[]string{"He arrived at 10 a.m. and left at 2 p.m.", "The talks failed.", "At 9 a.m. Monday they resume."}},
	{"headline and blank line", "Stalemate in pension strike talks\n\nTalks aimed at averting strikes ended.",
		[]string{"Stalemate in pension strike talks", "Talks aimed at averting strikes ended."}},
	{"wire copy", "JAPAN, U.S. SET TO BEGIN TRADE TALKS\n    By Rich Miller, Reuters\n    TOKYO, March 2 - Japan and the U.S. Kick off top-level\ntrade talks tomorrow amid signs officials from both sides\nare growing irritated.\n    The talks will pave the way for the\nU.S.\nAdministration's review, officials said.\n    Reuter\n",
		[]string{"JAPAN, U.S. SET TO BEGIN TRADE TALKS", "By Rich Miller, Reuters",
			"TOKYO, March 2 - Japan and the U.S. Kick off top-level\ntrade talks tomorrow amid signs officials from both sides\nare growing irritated.",
			"The talks will pave the way for the\nU.S.\nAdministration's review, officials said.", "Reuter"}},
	{"paragraph without final punctuation", "Talks aimed at a ceasefire\n\nThe sides met.\n    A second paragraph without a stop\n    Another paragraph.",
		[]string{"Talks aimed at a ceasefire", "The sides met.", "A second paragraph without a stop", "Another paragraph."}},
	{"CRLF", "First line of the report.\r\nSecond line.\r\n\r\nHeadline\r\n\r\nBody.\r\n",
		[]string{"First line of the report.", "Second line.", "Headline", "Body."}},
	{"NBSP", "\u00a0He said.\u00a0The talks ended.\u00a0\u00a0", []string{"He said.", "The talks ended."}},
	{"list after colon", "The demands are:\n1. A ceasefire.\n2. Withdrawal of troops\n3. Release of prisoners",
		[]string{"The demands are:", "1. A ceasefire.", "2. Withdrawal of troops", "3. Release of prisoners"}},
	{"bullets", "Key points:\n• Ceasefire first\n• Gradual withdrawal\n- Prisoner exchange\n- Border talks",
		[]string{"Key points:", "• Ceasefire first", "• Gradual withdrawal", "- Prisoner exchange", "- Border talks"}},
	{"web text: a paragraph a line", "Hollywood’s videogame performers to go on strike over AI, pay concerns\n" +
		"Video game voice actors and motion-capture performers have called a strike over failed labor contract negotiations focused around AI-related protections for workers.\n" +
		"The SAG-AFTRA has called a strike of the Interactive Media Agreement that covers videogame performers, effective July 26, the union said on Thursday\n" +
		"The decision follows months of negotiations with major videogame companies including Activision Productions, Electronic Arts and others.\n",
		[]string{"Hollywood’s videogame performers to go on strike over AI, pay concerns",
			"Video game voice actors and motion-capture performers have called a strike over failed labor contract negotiations focused around AI-related protections for workers.",
			"The SAG-AFTRA has called a strike of the Interactive Media Agreement that covers videogame performers, effective July 26, the union said on Thursday",
			"The decision follows months of negotiations with major videogame companies including Activision Productions, Electronic Arts and others."}},
	{"question and exclamation", "Will the truce hold? Nobody knows! Officials were cautious.",
		[]string{"Will the truce hold?", "Nobody knows!", "Officials were cautious."}},
	{"sentence starting with a number", "The strike idled ships in 1987. 40,000 seamen joined it. $2 billion was lost.",
		[]string{"The strike idled ships in 1987.", "40,000 seamen joined it.", "$2 billion was lost."}},
	{"web and mail addresses", "See www.un.org/peace. Write to press@un.org. Details at https://example.com/a.b?c=1.",
		[]string{"See www.un.org/peace.", "Write to press@un.org.", "Details at https://example.com/a.b?c=1."}},
	{"line and paragraph separators", "One.\u2028Two\u2029Three", []string{"One.", "Two", "Three"}},
	{"control characters", "One\x00. Two\x07.\vThree", []string{"One\x00.", "Two\x07.", "Three"}},
	{"more initialisms", "He was born in Washington, D.C. He moved away. The talks in Washington, D.C. ended. Israel's ambassador to the U.N., Danny Danon, said so.",
		[]string{"He was born in Washington, D.C.", "He moved away.", "The talks in Washington, D.C. ended.", "Israel's ambassador to the U.N., Danny Danon, said so."}},
	{"state abbreviation in brackets", "Sen. John McCain (R-Ariz.) said no. The vote was 5-4. Opponents left.",
		[]string{"Sen. John McCain (R-Ariz.) said no.", "The vote was 5-4.", "Opponents left."}},
	{"glued sentences", "It ended in 2024.The end. See www.Reuters.com now.",
		[]string{"It ended in 2024.", "The end.", "See www.Reuters.com now."}},
	{"quoted sentence after a colon", `The sources said: "There is no deal." A spokesman added that talks would go on.`,
		[]string{`The sources said: "There is no deal."`, "A spokesman added that talks would go on."}},
	{"time then a capitalised subject", "Talks ended at 3 p.m. Officials said more talks were planned.",
		[]string{"Talks ended at 3 p.m.", "Officials said more talks were planned."}},
	{"headline on the line before wrapped copy", "Iran rejects talks offer\nTEHRAN - Iran on Monday rejected an offer of direct talks with the\nUnited States, the foreign ministry said in a statement on\nits website.",
		[]string{"Iran rejects talks offer", "TEHRAN - Iran on Monday rejected an offer of direct talks with the\nUnited States, the foreign ministry said in a statement on\nits website."}},
	{"NBSP around abbreviations", "Talks with\u00a0Mr. Smith ended.\u00a0Gen.\u00a0Aoun left the\u00a0U.S. on Monday.",
		[]string{"Talks with\u00a0Mr. Smith ended.", "Gen.\u00a0Aoun left the\u00a0U.S. on Monday."}},
	{"narrow column of prose", "The talks between the two\nsides ended on Monday\nwithout agreement and\nofficials said they would\nmeet again next week.",
		[]string{"The talks between the two\nsides ended on Monday\nwithout agreement and\nofficials said they would\nmeet again next week."}},
	{"menu lines before a paragraph", "Share\nTweet\nEmail\n\nThe talks ended.",
		[]string{"Share", "Tweet", "Email", "The talks ended."}},
	{"camel-case brand after a stop", "Shares rose. eBay said it would bid. iPhone sales fell.",
		[]string{"Shares rose.", "eBay said it would bid.", "iPhone sales fell."}},
	{"only white space", " \n\t\u00a0 ", nil},
}

func TestNewsCases(t *testing.T) {
	for _, c := range newsCases {
		t.Run(c.name, func(t *testing.T) {
			spans := Split(c.text)
			checkSpans(t, c.text, spans)
			got := texts(c.text, spans)
			if len(got) != len(c.want) {
				t.Fatalf("got %d sentences, want %d:\n got  %q\n want %q", len(got), len(c.want), got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("sentence %d:\n got  %q\n want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

// TestCorpus splits the real reports of the development corpus and checks
// what a reader would notice first.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/texts/*.txt")
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		spans := Split(text)
		checkSpans(t, text, spans)
		name := filepath.Base(f)
		for k, sp := range spans {
			s := text[sp.Start:sp.End]
			// No sentence ends after an abbreviation or initialism and
			// then goes on on the same line with a word that is not a
			// sentence opener ("the U.S. | Administration").
			for _, abbr := range []string{"U.S.", "Mr.", "Mrs.", "Dr.", "Gen.", "St.", "Co.", "Corp.", "Inc."} {
				if strings.HasSuffix(s, " "+abbr) && k+1 < len(spans) {
					gap := text[sp.End:spans[k+1].Start]
					next := text[spans[k+1].Start:spans[k+1].End]
					w, _, _ := strings.Cut(next, " ")
					if !strings.Contains(gap, "\n") && lists.words[w]&wStarter == 0 {
						t.Errorf("%s: sentence ends after %q before %q", name, abbr, next)
					}
				}
			}
			// A hard-wrapped wire line does not end a sentence: a sentence
			// ending without punctuation is a headline, byline, sign-off
			// or dateline-free first line.
			if !endsSentence(s) && strings.Count(s, "\n") > 0 {
				t.Errorf("%s: sentence without final punctuation spans lines: %q", name, s)
			}
		}
	}
	// Spot checks on the Reuters wire copy.
	data, err := os.ReadFile("../../../shared/corpus/texts/01-japan-us-trade-talks.txt")
	if err != nil {
		t.Skip("01-japan-us-trade-talks.txt not present")
	}
	text := string(data)
	got := texts(text, Split(text))
	for _, want := range []string{
		"JAPAN, U.S. SET TO BEGIN HIGH-LEVEL TRADE TALKS",
		"By Rich Miller, Reuters",
		"The U.S. Is pressing for greater access to the Japanese\nsuper computer market.",
		"\"We appreciate their frustration,\" a senior Japanese\ngovernment official said.",
	} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("01: no sentence %q", want)
		}
	}
}

func TestLongAndHostileInput(t *testing.T) {
	long := strings.Repeat("a", 100000)
	for _, text := range []string{
		long + ". " + long + ".",
		strings.Repeat(". ", 50000),
		strings.Repeat("U.S. ", 20000),
		strings.Repeat("\n", 100000),
		strings.Repeat(" ", 100000) + "x",
		strings.Repeat("1) a ", 20000),
		strings.Repeat("…", 30000),
		strings.Repeat("\xff\xfe.", 30000),
		strings.Repeat("a.m. ", 20000) + "He",
	} {
		checkSpans(t, text, Split(text))
	}
}

// adversarial units: repeated to megabytes, each stresses one step of the
// splitter (a quadratic step would not finish: the test binary's timeout
// catches it; BenchmarkAdversarial measures the speed).
var adversarial = []string{"a.", ". ", "x ", "a.m. x ", "1) ", "\n ", "x\n", "aa.Bb", "(", "U.S. Is ",
	"The U.S. and Japan met on Jan. 5 at 10 a.m. \u201cWhy?\u201d Lavrov asked. \u2022 9. Item\n    Next. "}

// TestTenMegabytes splits adversarial 10 MB inputs into spans that stay
// inside the text, in order.
func TestTenMegabytes(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const size = 10 << 20
	for _, unit := range adversarial {
		text := strings.Repeat(unit, size/len(unit))
		spans := Split(text)
		if strings.TrimSpace(unit) != "" {
			require.NotEmpty(t, spans, "%q", unit)
		}
		prev := 0
		for _, sp := range spans {
			require.True(t, sp.Start >= prev && sp.Start < sp.End && sp.End <= len(text), "%q: span %v after %d", unit, sp, prev)
			prev = sp.End
		}
	}
}

func BenchmarkAdversarial(b *testing.B) {
	for _, unit := range adversarial {
		text := strings.Repeat(unit, (1<<20)/len(unit))
		b.Run(strings.TrimSpace(unit[:min(len(unit), 8)]), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Split(text)
			}
		})
	}
}

func TestListsParse(t *testing.T) {
	if lists.abbr["mr"] != aTitle || lists.abbr["co"] != aAbbr || lists.abbr["no"] != aNum || lists.abbr["a.m"] != aTime {
		t.Fatal("abbreviations.txt did not load as expected")
	}
	if lists.words["The"]&wStarter == 0 || lists.words["Did"]&wAux == 0 || lists.words["Is"]&wStarter != 0 {
		t.Fatal("starter words did not load as expected")
	}
	defer func() {
		if recover() == nil {
			t.Error("a word outside a section must be rejected")
		}
	}()
	parseLists("stray")
}

// corpusText is the development corpus concatenated, or a synthetic
// stand-in when it is absent.
func corpusText(b *testing.B) string {
	files, _ := filepath.Glob("../../../shared/corpus/texts/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		for _, c := range newsCases {
			sb.WriteString(c.text)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkSplit(b *testing.B) {
	base := corpusText(b)
	text := strings.Repeat(base, (1<<20)/len(base)+1) // about 1 MB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}
