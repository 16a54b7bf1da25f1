package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Grüße, 世界"
	fmt.Println(len(s), s[0], s[2], string(s[0]), s[2:4], s[:1])
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(r[2]), string(r[7:]))
	fmt.Println(b[:6])
	fmt.Println(r)
	b[0] = 'g'
	fmt.Println(string(b), s)
	r[0] = 'K'
	fmt.Println(string(r))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Println(string([]byte{72, 105}), string([]rune{0x1F600, 'x'}))
	var x byte = 'A' + 2
	fmt.Println(x, string(x), fmt.Sprintf("%c", x))

	// concatenation in a loop
	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i) + ","
	}
	fmt.Println(acc, len(acc))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	// string comparison is bytewise
	fmt.Println("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "" < "a")
	// strings are immutable values; substrings share nothing observable
	t := s
	t += "!"
	fmt.Println(s, t)
	// multi-line raw string
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", 'x', '\n', '\'')
	fmt.Println("\u00e9" == "é", "\xc3\xa9" == "é", "\U0001F600")
	fmt.Println(strings.Compare("a", "b"), "go"+"pher")
	// byte/rune conversions of invalid utf-8
	inv := "\xff\xfe"
	fmt.Println(len([]rune(inv)), []rune(inv), []byte(inv))
}
