package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("send with no receiver")
	ch <- 42
	fmt.Println(<-ch)
}
