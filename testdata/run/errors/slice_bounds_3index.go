package main

import "fmt"

func main() {
	s := make([]int, 3)
	max := 4
	fmt.Println(len(s[:2:3]))
	fmt.Println(s[:2:max])
}
