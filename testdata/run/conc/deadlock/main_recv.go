package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("helper exits without sending")
	}()
	fmt.Println("main waits for a value")
	v := <-ch
	fmt.Println("never printed", v)
}
