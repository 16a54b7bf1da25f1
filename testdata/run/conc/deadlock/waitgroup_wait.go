package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			fmt.Println("worker", i, "forgets to call Done")
		}(i)
	}
	wg.Wait()
	fmt.Println("never printed")
}
