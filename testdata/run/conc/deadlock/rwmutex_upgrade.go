package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *cache) get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if !ok {
		fmt.Println("miss for", k, "- upgrading to a write lock while still reading")
		c.mu.Lock() // deadlock: a reader cannot become a writer
		c.data[k] = "computed"
		c.mu.Unlock()
	}
	return v
}

func main() {
	c := &cache{data: map[string]string{"a": "1"}}
	fmt.Println("a =", c.get("a"))
	fmt.Println("b =", c.get("b"))
}
