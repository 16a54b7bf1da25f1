package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "x"
	close(ch)
	fmt.Println(<-ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	close(ch)
}
