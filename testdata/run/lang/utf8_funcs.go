package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %c %d %U\n", i, r, size, r)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '😀', -1, 0xD800, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U %d % x %d %v\n", r, n, buf[:n], utf8.RuneLen(r), utf8.ValidRune(r))
	}
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.RuneStart(0x80), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(string(utf8.AppendRune(nil, '界')))
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\t'), unicode.IsUpper('Σ'), unicode.IsPunct('!'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), unicode.ToUpper('a'), string(unicode.ToTitle('ǆ')))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe4\xb8"))
}
