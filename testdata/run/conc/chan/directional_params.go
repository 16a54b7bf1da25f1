package main

import (
	"fmt"
	"strings"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string, out chan<- string) {
	for w := range in {
		out <- strings.ToUpper(w)
	}
	close(out)
}

func sink(in <-chan string, done chan<- int) {
	n := 0
	for w := range in {
		n++
		fmt.Printf("%d: %s (len %d)\n", n, w, len(w))
	}
	done <- n
}

func main() {
	up := make(chan string)
	done := make(chan int)
	go upper(source([]string{"go", "channels", "are", "typed", "pipes"}), up)
	go sink(up, done)
	fmt.Println("words:", <-done)
	var send chan<- string = up
	var recv <-chan string = up
	fmt.Printf("%T %T %T\n", up, send, recv)
}
