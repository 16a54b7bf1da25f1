package main

import (
	"fmt"
	"sync"
	"time"
)

type call struct {
	wg  sync.WaitGroup
	val string
	dup int
}

// Group deduplicates concurrent calls with the same key, like singleflight.
type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() string) (string, bool) {
	g.mu.Lock()
	if c, ok := g.m[key]; ok {
		c.dup++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, true
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val = fn()
	c.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	fmt.Printf("  %s computed once, shared with %d callers\n", key, c.dup)
	g.mu.Unlock()
	return c.val, false
}

func main() {
	start := time.Now()
	g := &Group{m: map[string]*call{}}
	var wg sync.WaitGroup
	fetches := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := []string{"user:1", "user:2"}[i%2]
			time.Sleep(time.Duration(i*7) * time.Millisecond)
			v, shared := g.Do(key, func() string {
				fetches++
				time.Sleep(50 * time.Millisecond)
				return key + "@" + time.Since(start).String()
			})
			fmt.Printf("caller %d got %s shared=%v\n", i, v, shared)
		}(i)
	}
	wg.Wait()
	fmt.Println("backend fetches:", fetches)
}
