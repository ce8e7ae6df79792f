package phoenix

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/vocab"
)

func find(ps []Party, code string) *Party {
	for i := range ps {
		if ps[i].Code == code {
			return &ps[i]
		}
	}
	return nil
}

func findName(ps []Party, name string) *Party {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

func TestKnownStates(t *testing.T) {
	tests := []struct {
		code, name, display string
		aliases             []string
	}{
		{"LBN", "lebanon", "Lebanon", []string{"lebanese", "beirut"}},
		{"USA", "united states of america", "United States of America", nil},
		{"PRK", "north korea", "North Korea", []string{"DPRK", "korea north"}},
		{"DEU", "germany", "Germany", []string{"german", "leipzig"}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			p := find(States(), tt.code)
			require.NotNil(t, p)
			assert.Equal(t, vocab.KindState, p.Kind)
			assert.Equal(t, tt.name, p.Name)
			assert.Equal(t, tt.display, p.Display())
			for _, a := range tt.aliases {
				assert.Contains(t, p.Aliases, a)
			}
		})
	}
	codes := map[string]bool{}
	for _, s := range States() {
		assert.False(t, codes[s.Code], "one state per code: %s", s.Code)
		codes[s.Code] = true
	}
}

func TestStateCodesOverTime(t *testing.T) {
	p := find(States(), "ARM")
	require.NotNil(t, p)
	require.NotEmpty(t, p.Codes)
	assert.Equal(t, Span{Code: "USRARM", To: 19900823}, p.Codes[0], "part of the Soviet Union until 1990")
}

func TestMembers(t *testing.T) {
	p := find(States(), "LBN")
	require.NotNil(t, p)
	require.NotEmpty(t, p.Members)
	var m *Member
	for i := range p.Members {
		if p.Members[i].Name == "michel suleiman" {
			m = &p.Members[i]
		}
	}
	require.NotNil(t, m, "a president in office in 2014")
	assert.True(t, m.InOffice(20120101))
	assert.False(t, m.InOffice(20000101))
	for _, s := range States() {
		for _, m := range s.Members {
			require.NotEmpty(t, m.Roles, m.Name)
			ok := false
			for _, r := range m.Roles {
				suffix := r.Code[min(3, len(r.Code)):]
				ok = ok || suffix == "GOV" || suffix == "GOVMIL" || suffix == "GOVBUS" || suffix == "MIL"
				ok = ok || r.To == 0 || r.To >= 20100101
			}
			assert.True(t, ok, m.Name)
		}
	}
}

func TestOrganizationsAndGroups(t *testing.T) {
	tests := []struct {
		list         []Party
		kind         vocab.ActorKind
		name, code   string
		wantAliasAny []string
	}{
		{Organizations(), vocab.KindOrganization, "NATO", "IGOWSTNAT", []string{"north atlantic treaty organization"}},
		{Organizations(), vocab.KindOrganization, "organization of petroleum exporting countries", "IGOOPC", []string{"OPEC"}},
		{Organizations(), vocab.KindOrganization, "united nations", "IGOUNO", nil},
		{Organizations(), vocab.KindOrganization, "international monetary fund", "IGOBUSIMF", nil},
		{Groups(), vocab.KindGroup, "hezbollah", "LBNREB", []string{"hizbullah", "hizballah"}},
		{Groups(), vocab.KindGroup, "hamas", "PSEREBHMS", []string{"islamic resistance movement"}},
		{Groups(), vocab.KindGroup, "taliban", "AFGREB", []string{"taleban"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := findName(tt.list, tt.name)
			if p == nil { // the name may be an alias of the record
				for i := range tt.list {
					for _, a := range tt.list[i].Aliases {
						if a == tt.name {
							p = &tt.list[i]
						}
					}
				}
			}
			require.NotNil(t, p)
			assert.Equal(t, tt.kind, p.Kind)
			assert.Equal(t, tt.code, p.Code)
			for _, a := range tt.wantAliasAny {
				assert.Contains(t, append([]string{p.Name}, p.Aliases...), a)
			}
		})
	}
}

func TestCategory(t *testing.T) {
	for code, want := range map[string]bool{
		"GRCREB": true, "INTREB": true, "IGOUNODEV": true, "IMGSASMUS": true, "IGO": true,
		"IGOUNO": false, "IGOEUREEC": false, "IMGMUSALQ": false, "IGOUNOREFHCR": false, "": false,
	} {
		assert.Equal(t, want, Category(code), code)
	}
}

func TestAgent(t *testing.T) {
	tests := []struct {
		noun, code string
		kind       vocab.ActorKind
	}{
		{"minister", "GOV", Role},
		{"foreign minister", "GOV", Role},
		{"foreign ministers", "GOV", Role},
		{"defense minister", "GOVMIL", Role},
		{"ambassador", "GOV", Role},
		{"police", "COP", Role},
		{"army", "MIL", Role},
		{"rebels", "REB", vocab.KindGroup},
		{"workers", "LAB", vocab.KindGroup},
		{"trade union", "LAB", vocab.KindGroup},
		{"employers", "BUS", vocab.KindGroup},
		{"spokesman", "GOV", Role},
		{"negotiator", "GOV", Role},
		{"union", "LAB", vocab.KindGroup},
		{"management", "BUS", vocab.KindGroup},
		{"journalist", "MED", ""},
		{"minister for agriculture", "GOVAGR", Role},
	}
	for _, tt := range tests {
		t.Run(tt.noun, func(t *testing.T) {
			code, kind, ok := Agent(tt.noun)
			require.True(t, ok)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.kind, kind)
		})
	}
	_, _, ok := Agent("frobnicator")
	assert.False(t, ok)
	_, _, ok = Agent("")
	assert.False(t, ok)
}

func TestDisplay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"lebanon", "Lebanon"},
		{"united states of america", "United States of America"},
		{"cote d'ivoire", "Cote d'Ivoire"},
		{"al-qaeda in the arabian peninsula", "Al-Qaeda in the Arabian Peninsula"},
		{"u.n. security council", "U.N. Security Council"},
		{"NATO", "NATO"},
		{"the european union", "The European Union"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Display(tt.in))
		})
	}
}

func TestSpanCovers(t *testing.T) {
	tests := []struct {
		s    Span
		date int
		want bool
	}{
		{Span{Code: "X"}, 20200101, true},
		{Span{Code: "X", From: 20100101}, 20200101, true},
		{Span{Code: "X", From: 20100101}, 20000101, false},
		{Span{Code: "X", To: 20100101}, 20100101, true},
		{Span{Code: "X", To: 20100101}, 20100102, false},
		{Span{Code: "X", From: 20050101, To: 20100101}, 20070615, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s.Covers(tt.date), "%+v %d", tt.s, tt.date)
	}
}
