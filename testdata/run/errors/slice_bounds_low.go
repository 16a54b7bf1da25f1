package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	lo := 5
	fmt.Println(s[3:])
	fmt.Println(s[lo:])
}
