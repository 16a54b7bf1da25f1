package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("  recv", v, "len", len(ch))
		}
		done <- true
	}()
	for i := 0; i < 8; i++ {
		ch <- i
		fmt.Println("send", i, "len", len(ch))
	}
	close(ch)
	<-done
	fmt.Println("end")
}
