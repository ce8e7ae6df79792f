package core

import (
	"runtime"
	"strings"
	"testing"
)

// adversarial builds about n bytes of text that creates many distinct
// parties, proposals, quotations and descriptions.
func adversarial(n int) string {
	name := func(i int) string {
		b := []byte{}
		for k := 0; k < 4; k++ {
			b = append(b, byte('A'+i%26))
			i /= 26
		}
		return string(b)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		a := name(i)
		switch i % 6 {
		case 0:
			sb.WriteString("The " + a + " said the union official rejected the offer. ")
		case 1:
			sb.WriteString("President " + a[:1] + strings.ToLower(a[1:]) + " Zed said the group would not accept it. ")
		case 2:
			sb.WriteString("The creditors, known as the " + a[:1] + strings.ToLower(a[1:]) + " Group, said a ministry official agreed. ")
		case 3:
			sb.WriteString("Japan's offer of a raise from " + a[:1] + strings.ToLower(a[1:]) + " Bank was rejected, and Iraq rejected its quota. ")
		case 4:
			sb.WriteString("“We reject it,” he said “and ")
		default:
			sb.WriteString(a + " " + a + " " + a + ", who heads the union, said ")
		}
	}
	return sb.String()
}

// TestLinearCost analyses 4 MB of adversarial text: a quadratic step would
// take hours and the test binary's timeout fails it (the speed itself is
// measured by BenchmarkAnalyzeAdversarial and bench/goanalyze's
// BenchmarkScale, not here).
func TestLinearCost(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("long input")
	}
	text := adversarial(4 << 20)
	res, err := Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Actors) == 0 || len(res.Stances) == 0 {
		t.Fatal("the adversarial text names parties that state things")
	}
}

func BenchmarkAnalyzeAdversarial(b *testing.B) {
	text := adversarial(1 << 20)
	Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}
