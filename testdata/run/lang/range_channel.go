package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	words := make(chan string)
	go func() {
		for _, w := range []string{"alpha", "beta", "gamma"} {
			words <- w
		}
		close(words)
	}()
	n := 0
	for w := range words {
		n++
		fmt.Println(n, w)
	}
	v, ok := <-words
	fmt.Printf("after close: %q %v\n", v, ok)
}
