// Prints how Go decodes tricky byte strings (unicode/utf8 and range), the
// expectations of src/vm/utf8.test.ts (run: go run gen_utf8.go > utf8_expected.json).
package main

import (
	"encoding/json"
	"os"
	"unicode/utf8"
)

type dec struct {
	S        []byte // input bytes
	First    [2]int // DecodeRuneInString
	Last     [2]int // DecodeLastRuneInString
	Count    int
	Runes    []rune // []rune(s)
	RunesCap int
	Valid    bool
	Range    [][2]int // index, rune of for range
	BytesCap int
}

type conv struct {
	R int64
	S []byte
}

func main() {
	inputs := []string{"", "a", "abc", "\u00e9", "\u20ac", "\U0001F600", "h\u00e9llo, \u4e16\u754c",
		"\xff", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xef\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xe2\x82", "\xe2\x82a",
		"\xf0\x9f\x98", "a\x80b", "\x80\x80", "\xe2\x82\xac\xe2", "\xc3", "x\xc3", "\xf0\x9f\x98\x80\x80", "12345678901234567890123456789012345"}
	var out struct {
		Dec  []dec
		Conv []conv
	}
	for _, s := range inputs {
		r, w := utf8.DecodeRuneInString(s)
		lr, lw := utf8.DecodeLastRuneInString(s)
		rs := []rune(s)
		var rg [][2]int
		for i, r := range s {
			rg = append(rg, [2]int{i, int(r)})
		}
		bs := []byte(s)
		sink = append(sink, bs) // escapes: runtime.rawbyteslice capacity
		out.Dec = append(out.Dec, dec{[]byte(s), [2]int{int(r), w}, [2]int{int(lr), lw}, utf8.RuneCountInString(s), rs, cap(rs), utf8.ValidString(s), rg, cap(bs)})
	}
	for _, r := range []int64{0, 65, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 1 << 31, 1<<32 + 65, -1 << 40} {
		out.Conv = append(out.Conv, conv{r, []byte(string(rune(r)))})
	}
	// string(int64) conversion semantics: any integer value out of range gives U+FFFD
	for _, r := range []int64{1<<32 + 65, -1 << 40} {
		out.Conv = append(out.Conv, conv{r, []byte(string64(r))})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(out)
}

var sink [][]byte

//go:noinline
func string64(x int64) string { return string(x) }
