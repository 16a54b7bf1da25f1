package main

import "fmt"

type pipe struct {
	in chan int // never initialized: a nil channel blocks forever
}

func main() {
	var p pipe
	fmt.Println("p.in is nil:", p.in == nil, "len:", len(p.in), "cap:", cap(p.in))
	go func() {
		fmt.Println("goroutine sends on nil channel")
		p.in <- 1
	}()
	fmt.Println("main receives from nil channel")
	<-p.in
}
