// 100k goroutines parked on one channel, then released by closing it.
package main

import "sync"

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	n := 100000
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-gate
			wg.Done()
		}()
	}
	close(gate)
	wg.Wait()
	println(n)
}
