package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("worker", i, "calls Done")
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("Wait returned")
	select {}
}
