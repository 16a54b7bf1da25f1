package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}(i)
	}
	fmt.Println("main before Wait")
	wg.Wait()
	fmt.Println("main after Wait")
	// goroutines spawned by goroutines
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Println("parent", i, "start")
			for j := 0; j < 2; j++ {
				wg.Add(1)
				go func(j int) {
					defer wg.Done()
					fmt.Println("  child", i, j)
				}(j)
			}
			fmt.Println("parent", i, "end")
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}
