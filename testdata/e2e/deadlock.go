package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		v := <-a
		b <- v + 1
	}()
	go func() {
		v := <-b
		a <- v + 1
	}()
	fmt.Println("waiting for the pair")
	<-make(chan int)
}
