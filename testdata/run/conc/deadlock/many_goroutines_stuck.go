package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	noSender := make(chan int)
	noReceiver := make(chan int)
	quit := make(chan bool)
	wg.Add(1)
	go func() { // waits in a select
		defer wg.Done()
		select {
		case <-noSender:
		case <-quit:
		}
	}()
	go func() { // waits to receive
		fmt.Println("receiver got", <-noSender)
	}()
	mu.Lock()
	go func() { // waits for the mutex
		mu.Lock()
		fmt.Println("never")
	}()
	go func() { // waits to send
		noReceiver <- 1
	}()
	go func() { // sleeps, then joins the others
		time.Sleep(time.Second)
		fmt.Println("sleeper woke up")
		var nilCh chan bool
		nilCh <- true
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main waits for the group")
	wg.Wait()
}
