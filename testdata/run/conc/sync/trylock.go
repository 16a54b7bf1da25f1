package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock again:", mu.TryLock())
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()

	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("worker locked")
		time.Sleep(50 * time.Millisecond)
		mu.Unlock()
		fmt.Println("worker unlocked")
		done <- true
	}()
	attempts := 0
	for {
		time.Sleep(20 * time.Millisecond)
		attempts++
		if mu.TryLock() {
			fmt.Println("main got lock on attempt", attempts)
			mu.Unlock()
			break
		}
		fmt.Println("attempt", attempts, "failed")
	}
	<-done
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
}
