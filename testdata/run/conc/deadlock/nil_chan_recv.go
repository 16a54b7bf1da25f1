package main

import "fmt"

func main() {
	var ch chan int
	go func() {
		fmt.Println("goroutine sends on nil channel")
		ch <- 1
	}()
	fmt.Println("main receives from nil channel")
	<-ch
}
