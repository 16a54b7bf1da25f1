package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%5.1s][%q][%x][%X][% x][%#x]\n", s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%#q]\n", "a\"b\n", "héllo", "back`tick", "plain")
	fmt.Printf("[%q]\n", "\x00\x7f\xff")
	b := []byte("hi\x01")
	fmt.Printf("[%s][%q][%x][%v][% X][%d]\n", b, b, b, b, b, b)
	fmt.Printf("[%s][%v]\n", []string{"a", "b"}, []string{"c d", ""})
	fmt.Printf("[%q]\n", []string{"x", "y z"})
	fmt.Printf("[%5s][%-5s][%05s]\n", "ab", "ab", "ab")
	fmt.Printf("[%.0s][%.10s][%.3q]\n", "abc", "abc", "abcdef")
	fmt.Printf("[%c%c%c]\n", 'G', 'o', '!')
	fmt.Printf("[%s]\n", []rune("ab"))
	fmt.Printf("[%v][%s]\n", "", "")
	fmt.Printf("%%|%5%|%-5%|\n")
	fmt.Printf("[%x][%X]\n", "日本", []byte("日"))
	fmt.Printf("[%8.3x]\n", "abcdef")
	fmt.Printf("[%s]\n", [3]byte{'a', 'b', 'c'})
}
