package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println("closed with", len(ch), "buffered")
	ch <- 2
}
