package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("first goroutine locked")
		time.Sleep(20 * time.Millisecond)
		mu.Unlock()
		fmt.Println("first goroutine unlocked")
		done <- true
	}()
	go func() {
		time.Sleep(40 * time.Millisecond)
		fmt.Println("second goroutine unlocks a mutex it never locked")
		mu.Unlock()
	}()
	<-done
	time.Sleep(time.Second)
}
