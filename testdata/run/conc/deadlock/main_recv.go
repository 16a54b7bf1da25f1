package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("helper exits without sending")
		done <- true
	}()
	<-done
	fmt.Println("helper finished; len/cap of ch:", len(ch), cap(ch))
	fmt.Println("main waits for a value")
	v := <-ch
	fmt.Println("never printed", v)
}
