package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	at := func() int64 { return time.Since(start).Milliseconds() }
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := 0
	reader := func(id int, delay time.Duration) {
		defer wg.Done()
		time.Sleep(delay)
		fmt.Printf("%3d reader %d wants\n", at(), id)
		rw.RLock()
		fmt.Printf("%3d reader %d reads %d\n", at(), id, data)
		time.Sleep(40 * time.Millisecond)
		rw.RUnlock()
		fmt.Printf("%3d reader %d done\n", at(), id)
	}
	writer := func(id int, delay time.Duration) {
		defer wg.Done()
		time.Sleep(delay)
		fmt.Printf("%3d writer %d wants\n", at(), id)
		rw.Lock()
		data += 10
		fmt.Printf("%3d writer %d writes %d\n", at(), id, data)
		time.Sleep(30 * time.Millisecond)
		rw.Unlock()
		fmt.Printf("%3d writer %d done\n", at(), id)
	}
	wg.Add(6)
	go reader(1, 0)
	go reader(2, 5*time.Millisecond)
	go writer(1, 10*time.Millisecond)
	go reader(3, 15*time.Millisecond) // blocked behind the waiting writer
	go writer(2, 20*time.Millisecond)
	go reader(4, 100*time.Millisecond)
	wg.Wait()
	fmt.Println("final", data, "at", at())
}
