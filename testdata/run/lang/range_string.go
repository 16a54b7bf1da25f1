package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println("len", len(s))
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	bad := "a\xffb\xc3(c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%q:%U ", i, r, r)
	}
	fmt.Println()

	for i := range "日本語" {
		fmt.Print(i, " ")
	}
	fmt.Println()

	for i := 0; i < len("日本"); i++ {
		fmt.Printf("%x ", "日本"[i])
	}
	fmt.Println()

	n := 0
	for range "ab\x80cd" {
		n++
	}
	fmt.Println("runes", n)

	var empty string
	for i, r := range empty {
		fmt.Println(i, r)
	}
	fmt.Println("done")
}
