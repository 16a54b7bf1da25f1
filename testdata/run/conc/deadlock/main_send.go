package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "one"
	ch <- "two"
	fmt.Println("buffer full:", len(ch), cap(ch))
	ch <- "three"
	fmt.Println("never printed")
}
