package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	lo, hi := 3, 2
	fmt.Println(len(s[1:2:8]))
	fmt.Println(s[lo:hi:6])
}
