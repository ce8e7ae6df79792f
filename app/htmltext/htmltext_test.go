package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>First  para\n graph.</p><p>Second.</p>", "First para graph.\nSecond."},
		{"inline", "<p>The <b>Lebanese</b> <a href='x'>delegation</a> said.</p>", "The Lebanese delegation said."},
		{"script dropped", "<p>Hi</p><script>alert(1)</script><p>there</p>", "Hi\nthere"},
		{"style dropped", "<style>p{color:red}</style><p>Text</p>", "Text"},
		{"iframe dropped", "<iframe src=\"javascript:alert(1)\">inner</iframe>Text", "Text"},
		{"event handler attributes vanish", "<img src=x onerror=alert(1)><p onclick=\"evil()\">Kept</p>", "Kept"},
		{"javascript url text kept, url dropped", "<a href=\"javascript:alert(1)\">link text</a>", "link text"},
		{"br", "line one<br>line two", "line one\nline two"},
		{"entities decoded", "<p>Israel&#8217;s &ldquo;plan&rdquo; &amp; more</p>", "Israel’s “plan” & more"},
		{"headings", "<h1>TALKS STALL</h1><p>Body.</p>", "TALKS STALL\nBody."},
		{"list", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"},
		{"pre keeps spaces", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"comment dropped", "<p>a<!-- secret -->b</p>", "ab"},
		{"empty", "", ""},
		{"broken markup", "<p>open <b>bold <i>both</p> after", "open bold both\nafter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Text(tt.in))
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>hello</p>", true},
		{"  <!DOCTYPE html><html>", true},
		{"<script>alert(1)</script>", true},
		{"Talks resumed on Monday.", false},
		{"<3 this deal", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, LooksLikeHTML(tt.in), tt.in)
	}
}

// TestNewsPage converts a saved news-like page and checks what a reader sees.
func TestNewsPage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "news-page.html"))
	require.NoError(t, err)
	got := Text(string(src))
	assert.Contains(t, got, "Talks in Geneva ended without agreement on Friday.")
	assert.Contains(t, got, "“We will not sign,” the union said.")
	for _, bad := range []string{"<", "alert", "onerror", "tracker", "color:"} {
		assert.NotContains(t, got, bad)
	}
	assert.Equal(t, 4, strings.Count(got, "\n")+1, "one line per paragraph: %q", got)
}

// TestArticle: a pasted page gives its article and nothing of the page's
// menus, adverts, share bars, "Related" links, comments and footer; a
// fragment gives every visible paragraph.
func TestArticle(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		return string(b)
	}
	tests := []struct {
		name     string
		src      string
		how      How
		want     []string // lines, in order
		wantNone []string
	}{
		{"news page with <article>", read("full-page.html"), Readable,
			[]string{"Talks stall in Geneva as union rejects offer", "Talks in Geneva ended without agreement on Friday",
				"“We will not sign,” the union's negotiator said", "The employers said they were disappointed"},
			[]string{"cookies", "World", "Advertisement", "Share on X", "Related", "Strike threat", "More on this story",
				"Union votes", "Most read", "Celebrity", "All rights reserved", "dataLayer", "Daily Example"}},
		{"page of divs, scored", read("div-page.html"), Readable,
			[]string{"Trade talks resume", "Negotiators from Japan", "Japan proposed", "Both sides said"},
			[]string{"Home", "newsletter", "Great article", "Copyright"}},
		{"a fragment is kept whole", "<p>The union said it rejected the offer.</p><p><a href=\"/x\">Read more</a></p>", Fragment,
			[]string{"The union said it rejected the offer.", "Read more"}, nil},
		{"a page with no article is kept whole", "<html><body><p>Short note.</p></body></html>", Fragment,
			[]string{"Short note."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, how := Article(tt.src)
			assert.Equal(t, tt.how, how)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(got[at:], w)
				require.GreaterOrEqual(t, i, 0, "%q in order in %q", w, got)
				at += i + len(w)
			}
			for _, bad := range tt.wantNone {
				assert.NotContains(t, got, bad)
			}
			assert.NotContains(t, got, "<")
		})
	}
}
