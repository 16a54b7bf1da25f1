package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case v := <-a:
				fmt.Println("selector got from a:", v)
			case v := <-b:
				fmt.Println("selector got from b:", v)
			}
		}
	}()
	time.Sleep(time.Millisecond)
	a <- "first"
	fmt.Println("main sent on a")
	b <- "second"
	fmt.Println("main sent on b")
	go func() { a <- "from helper" }()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}
