package main

import "fmt"

func relay(id int, left chan<- int, right <-chan int) {
	v := <-right
	fmt.Println("relay", id, "passes", v+1)
	left <- v + 1
}

func main() {
	const n = 8
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go relay(i, left, right)
		left = right
	}
	go func(c chan<- int) { c <- 0 }(left)
	fmt.Println("result after", n, "relays:", <-leftmost)
}
