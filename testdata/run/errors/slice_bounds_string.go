package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[2:])
	fmt.Println(s[:n])
}
