package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	time.Sleep(time.Millisecond)
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred calls do not run on fatal errors")
	mu.Unlock()
	fmt.Println("never printed")
}
