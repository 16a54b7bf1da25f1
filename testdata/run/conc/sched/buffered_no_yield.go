package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("consumer", v)
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		ch <- i
		fmt.Println("producer", i)
	}
	fmt.Println("producer blocks on an unbuffered channel for the first time")
	sync := make(chan int)
	go func() { sync <- 1 }()
	<-sync
	for i := 5; i < 8; i++ {
		ch <- i
		fmt.Println("producer", i)
	}
	close(ch)
	<-done
}
