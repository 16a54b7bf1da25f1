package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("%s recovered: %v\n", name, r)
			}
		}()
		f()
		fmt.Println(name, "finished normally")
	}()
}

func main() {
	var wg sync.WaitGroup
	var m map[string]int
	safeGo(&wg, "nil-map", func() { m["x"] = 1 })
	safeGo(&wg, "ok", func() {})
	safeGo(&wg, "div", func() {
		z := 0
		fmt.Println(10 / z)
	})
	safeGo(&wg, "closed", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
	safeGo(&wg, "custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	wg.Wait()
	fmt.Println("main continues")
}
