package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *Counter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc("total")
				if i%10 == 0 {
					c.Inc(fmt.Sprint("g", g%5))
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total:", c.Get("total"))
	for i := 0; i < 5; i++ {
		k := fmt.Sprint("g", i)
		fmt.Println(k, c.Get(k))
	}
}
