package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("stopper", id, "closing done")
			close(done)
		}(i)
	}
	wg.Wait()
	fmt.Println("never printed")
}
