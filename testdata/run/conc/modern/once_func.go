// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	loadConfig := sync.OnceValue(func() map[string]int {
		fmt.Println("loading config at", time.Since(start))
		time.Sleep(100 * time.Millisecond)
		return map[string]int{"workers": 4}
	})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id*20) * time.Millisecond)
			cfg := loadConfig()
			fmt.Println("caller", id, "workers =", cfg["workers"], "at", time.Since(start))
		}(i)
	}
	wg.Wait()

	greet := sync.OnceFunc(func() { fmt.Println("hello, once") })
	greet()
	greet()

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println("parse:", n, err)
	}

	boom := sync.OnceFunc(func() { panic("init failed") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
}
