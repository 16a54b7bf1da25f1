package main

import (
	"fmt"
	"runtime"
	"time"
)

func leakyQuery(id int) <-chan string {
	ch := make(chan string) // unbuffered: the sender blocks forever if nobody reads
	go func() {
		time.Sleep(time.Duration(id*10) * time.Millisecond)
		ch <- fmt.Sprint("reply from replica ", id)
		fmt.Println("replica", id, "delivered (its reply was taken)")
	}()
	return ch
}

func first() string {
	c1, c2, c3 := leakyQuery(3), leakyQuery(1), leakyQuery(2)
	select {
	case r := <-c1:
		return r
	case r := <-c2:
		return r
	case r := <-c3:
		return r
	}
}

func main() {
	fmt.Println(first())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("leaked goroutines:", runtime.NumGoroutine()-1)
	go func() {
		for {
			time.Sleep(10 * time.Millisecond)
		}
	}()
	go func() {
		select {}
	}()
	time.Sleep(25 * time.Millisecond)
	fmt.Println("main returns with", runtime.NumGoroutine(), "goroutines alive")
}
