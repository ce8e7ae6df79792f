package core
import ("testing";"fmt";"os";"strings")
func TestDbgSt(t *testing.T){
 for _, txt := range strings.Split(os.Getenv("DBG"), "|") {
 d := newDoc(Default(), txt)
 d.run()
 fmt.Println("==", txt)
 for _, s := range d.stances { fmt.Printf("  %s %s %s %q\n", s.typ, s.cameo, s.rule, d.text[s.evS:s.evE]) }
 }
}
