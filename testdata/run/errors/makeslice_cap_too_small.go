package main

import "fmt"

func main() {
	n, c := 5, 2
	fmt.Println(cap(make([]int, c, n)))
	s := make([]int, n, c)
	fmt.Println(s)
}
