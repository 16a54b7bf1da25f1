// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	prev, loaded := m.Swap("leader", "node-1")
	fmt.Println("first swap:", prev, loaded)
	prev, loaded = m.Swap("leader", "node-2")
	fmt.Println("second swap:", prev, loaded)

	// many goroutines race to promote themselves with CompareAndSwap; exactly one wins per round
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for round := 0; round < 3; round++ {
		cur, _ := m.Load("leader")
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
	m.Store("lock", "owner-a")
	fmt.Println("CompareAndDelete wrong owner:", m.CompareAndDelete("lock", "owner-b"))
	fmt.Println("CompareAndDelete right owner:", m.CompareAndDelete("lock", "owner-a"))
	_, ok := m.Load("lock")
	fmt.Println("lock present:", ok)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)
}
