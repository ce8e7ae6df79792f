// Command convert-phoenix converts the Phoenix actor and agent
// dictionaries of PETRARCH2 (openeventdata/petrarch2, MIT) into the data
// files that core/phoenix embeds:
//
//	go run ./cmd/convert-phoenix [-in ../shared/external/petrarch2] [-out core/phoenix/data]
//
// It reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
// Phoenix.MilNonState.actors.txt and Phoenix.agents.txt and writes
// states.tsv, organizations.tsv, groups.tsv, members.tsv and agents.tsv
// (formats in their headers and in core/phoenix/data/README.md), then
// prints what it kept and dropped. The same input gives the same bytes.
// agentkinds.tsv in the same folder is hand-made and not touched. The
// gazetteer's Phoenix forms are derived from these files: run
// `go run ./cmd/gazetteer-forms` after this (a core/gazetteer test fails
// until then).
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// Since is the cut-off of members (yyyymmdd): people whose kept roles all
// ended before it are dropped. The source stops in 2014; a leader out of
// office before 2010 rarely speaks for a party in today's news, and the
// 150 kB budget of the Phoenix data does not hold the 13,000 people of
// the file (their names alone are 107 kB brotli).
const Since = 20100101

var inputs = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"}

func main() {
	in := flag.String("in", "../shared/external/petrarch2", "folder of the PETRARCH2 dictionaries")
	out := flag.String("out", "core/phoenix/data", "output folder")
	flag.Parse()
	if err := run(*in, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "convert-phoenix:", err)
		os.Exit(1)
	}
}

func run(in, out string, report io.Writer) error {
	var src [4][]byte
	var info Inputs
	for i, n := range inputs {
		b, err := os.ReadFile(filepath.Join(in, n))
		if err != nil {
			return err
		}
		src[i] = b
		sum := sha256.Sum256(b)
		info.Names = append(info.Names, n)
		info.Digests = append(info.Digests, hex.EncodeToString(sum[:8]))
	}
	var ps ParseStats
	var recs [3][]*Record
	for i := range recs {
		r, err := ParseActors(bytes.NewReader(src[i]), &ps)
		if err != nil {
			return err
		}
		recs[i] = r
	}
	var as AgentStats
	agents, err := ParseAgents(bytes.NewReader(src[3]), &as)
	if err != nil {
		return err
	}
	t := Build(recs[0], recs[1], recs[2], agents, Since)
	files := Files(t, info)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(out, n), files[n], 0o644); err != nil {
			return err
		}
		fmt.Fprintf(report, "wrote %s (%d bytes)\n", filepath.Join(out, n), len(files[n]))
	}
	printStats(report, ps, as, t.Stats, len(agents))
	return nil
}

func printStats(w io.Writer, ps ParseStats, as AgentStats, s BuildStats, agents int) {
	fmt.Fprintf(w, "actor files: %d records, %d aliases, %d codes, %d odd dates read as PETRARCH2 reads them\n",
		ps.Records, ps.Aliases, ps.Codes, ps.OddDates)
	fmt.Fprintf(w, "states %d (%d aliases); members kept %d with %d roles %v; dropped %d members with no kept role and %d roles\n",
		s.States, s.StateAliases, s.Members, s.MemberRoles, s.RolesKept, s.DroppedMembers, s.DroppedRoles)
	fmt.Fprintf(w, "state records merged into an earlier record of the same code: %d; members dropped for leaving office before %d: %d\n",
		s.MergedStates, Since, s.DroppedBefore)
	fmt.Fprintf(w, "organisations (IGO) %d (%d aliases, %d dated members); international records dropped %d by code family %v\n",
		s.Orgs, s.OrgAliases, s.OrgMembers, s.DroppedIntl, s.DroppedIntlByKind)
	fmt.Fprintf(w, "groups %d (%d aliases, %d dated members); acronyms marked %d; aliases dropped: repeated %d, agent nouns %d\n",
		s.Groups, s.GroupAliases, s.GroupMembers, s.Acronyms, s.DuplicateAliases, s.DroppedAliasesAgent)
	fmt.Fprintf(w, "agents: %d lines, %d noun forms (%d plurals, %d from substitution sets, %d MINIST stems), %d repeats dropped, %d lines without code\n",
		as.Lines, agents, as.Plurals, as.Substituted, as.Stems, as.Duplicates, as.NoCode)
}
