package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		// both cases are ready: Go picks one uniformly at random
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total:", countA+countB)
	fmt.Println("both chosen often:", countA > 500 && countB > 500)
	// a ready case always beats default
	c := make(chan int, 1)
	c <- 7
	hits := 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-c:
			hits += v
			c <- 7
		default:
			hits -= 1000
		}
	}
	fmt.Println("hits:", hits)
}
