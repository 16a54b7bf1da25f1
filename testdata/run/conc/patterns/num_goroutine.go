package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	fmt.Println("after spawning 5 blocked goroutines:", runtime.NumGoroutine())
	for i := 0; i < 3; i++ {
		go func(d int) { time.Sleep(time.Duration(d) * time.Millisecond) }((i + 1) * 100)
	}
	fmt.Println("plus 3 sleepers:", runtime.NumGoroutine())
	time.Sleep(150 * time.Millisecond)
	fmt.Println("after 150ms:", runtime.NumGoroutine())
	close(stop)
	fmt.Println("right after close:", runtime.NumGoroutine())
	wg.Wait()
	fmt.Println("after wg.Wait:", runtime.NumGoroutine())
	time.Sleep(time.Second)
	fmt.Println("end:", runtime.NumGoroutine(), "GOMAXPROCS:", runtime.GOMAXPROCS(0), "NumCPU>0:", runtime.NumCPU() > 0)
}
