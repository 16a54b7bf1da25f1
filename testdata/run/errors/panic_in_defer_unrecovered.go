package main

import "fmt"

func main() {
	defer fmt.Println("outermost deferred print still runs")
	defer func() {
		panic("panic in defer")
	}()
	fmt.Println("body")
	panic("original")
}
