// Strings, bytes and runes: conversions, strings.Builder, strconv, utf8,
// byte-wise versus rune-wise iteration.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[0], s[1:3] == "é")
	fmt.Println(reverse(s))

	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())

	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	if _, err := strconv.Atoi("12a"); err != nil {
		fmt.Println(err)
	}
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f*2, strconv.Itoa(42)+"!", strconv.Quote("a\tb"), strconv.FormatInt(255, 16))

	fields := strings.Fields("  a b   c ")
	fmt.Println(len(fields), strings.Join(fields, ","))
	fmt.Println(strings.ToUpper("go"), strings.HasPrefix(s, "hé"), strings.Index(s, "世"), strings.Split("a,b,c", ","))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  x "), strings.Replace("aaa", "a", "b", 2), strings.Contains(s, "llo"))

	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	r := 'A' + 2
	fmt.Println(string(r), r, byte('a'), rune(s[0]))
	var sb []string
	for _, c := range "abc" {
		sb = append(sb, string(c))
	}
	fmt.Println(sb)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(len(buf), utf8.Valid(buf))
}
