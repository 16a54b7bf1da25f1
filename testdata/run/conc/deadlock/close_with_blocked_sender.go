package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		fmt.Println("sender blocks on an unbuffered send")
		ch <- "late"
		fmt.Println("not reached")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main closes the channel under the blocked sender")
	close(ch)
	v, ok := <-ch
	fmt.Printf("main reads %q %v\n", v, ok)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached either")
}
