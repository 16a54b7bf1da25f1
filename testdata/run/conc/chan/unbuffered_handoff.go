package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 4; i++ {
			fmt.Println("sender: about to send", i)
			ch <- i
			fmt.Println("sender: sent", i)
		}
		close(ch)
		fmt.Println("sender: closed")
		done <- true
	}()
	for v := range ch {
		fmt.Println("main: received", v)
	}
	fmt.Println("main: range finished")
	<-done
	fmt.Println("main: done")
}
