package main

// Go 1.19 twin of sync_map_swap.go: Swap, CompareAndSwap and CompareAndDelete
// on a sync.Map, each made atomic by a mutex around Load/Store/Delete.

import (
	"fmt"
	"sync"
)

type casMap struct {
	mu sync.Mutex
	m  sync.Map
}

func (c *casMap) Swap(k, v interface{}) (interface{}, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	prev, ok := c.m.Load(k)
	c.m.Store(k, v)
	return prev, ok
}

func (c *casMap) CompareAndSwap(k, old, new interface{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	cur, ok := c.m.Load(k)
	if !ok || cur != old {
		return false
	}
	c.m.Store(k, new)
	return true
}

func (c *casMap) CompareAndDelete(k, old interface{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	cur, ok := c.m.Load(k)
	if !ok || cur != old {
		return false
	}
	c.m.Delete(k)
	return true
}

func main() {
	var m casMap
	prev, loaded := m.Swap("leader", "node-1")
	fmt.Println("first swap:", prev, loaded)
	prev, loaded = m.Swap("leader", "node-2")
	fmt.Println("second swap:", prev, loaded)

	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for round := 0; round < 3; round++ {
		round := round
		cur, _ := m.m.Load("leader")
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func(id int) {
				defer wg.Done()
				if m.CompareAndSwap("leader", cur, fmt.Sprintf("node-%d-%d", round, id)) {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			}(i)
		}
		wg.Wait()
	}
	fmt.Println("wins:", wins)
	fmt.Println("CAS on missing key:", m.CompareAndSwap("nobody", nil, "x"))
	m.m.Store("lock", "owner-a")
	fmt.Println("CompareAndDelete wrong owner:", m.CompareAndDelete("lock", "owner-b"))
	fmt.Println("CompareAndDelete right owner:", m.CompareAndDelete("lock", "owner-a"))
	_, ok := m.m.Load("lock")
	fmt.Println("lock present:", ok)
	n := 0
	m.m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println("entries:", n)
}
