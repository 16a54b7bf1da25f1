package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	for _, s := range []string{"one", "two"} {
		ch <- s
		fmt.Printf("sent %q: len=%d cap=%d\n", s, len(ch), cap(ch))
	}
	fmt.Println("buffer full, nobody will ever receive")
	ch <- "three"
	fmt.Println("never printed")
}
