package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(make([]int, n)))
	n = -1
	s := make([]int, n)
	fmt.Println(s)
}
