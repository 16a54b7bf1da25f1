package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("waiting on two channels nobody uses")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
