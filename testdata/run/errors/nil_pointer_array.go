package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(p))
	for i := range p {
		fmt.Println("index", i)
	}
	fmt.Println(p[1])
}
