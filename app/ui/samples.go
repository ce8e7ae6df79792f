package ui

// Sample is a report shipped with the site under /web/samples/.
type Sample struct {
	Name string // what the button says
	Path string // URL path of the text file
}

// Samples are the example reports the empty state offers. The first is the
// report Parley was conceived for; the others are a labour dispute, an
// accession negotiation and 1987 wire copy (see web/samples/README.md).
var Samples = []Sample{
	{"Lebanon–Israel talks in Washington", "/web/samples/seed-report.txt"},
	{"UK pension strike talks", "/web/samples/uk-pension-strike-talks.txt"},
	{"Turkey–EU accession talks", "/web/samples/turkey-eu-accession-talks.txt"},
	{"Japan–US trade talks (1987 wire)", "/web/samples/japan-us-trade-talks.txt"},
}
