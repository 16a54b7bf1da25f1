package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("goroutine got the lock, signals nobody")
		c.Signal()
		mu.Unlock()
	}()
	fmt.Println("main waits on cond")
	c.Wait()
	fmt.Println("woken?")
	c.Wait()
	fmt.Println("never printed")
}
