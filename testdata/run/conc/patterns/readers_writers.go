package main

import (
	"fmt"
	"sync"
	"time"
)

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string, cost time.Duration) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	time.Sleep(cost)
	return s.data[k]
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	time.Sleep(61 * time.Millisecond)
	s.data[k] = v
}

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	s := &store{data: map[string]int{"x": 0}}
	var wg sync.WaitGroup
	for r := 1; r <= 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				time.Sleep(time.Duration(r*11+3) * time.Millisecond)
				v := s.get("x", time.Duration(14+r*5)*time.Millisecond)
				fmt.Printf("%3d reader %d sees x=%d\n", ms(), r, v)
			}
		}(r)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 3; i++ {
			time.Sleep(37 * time.Millisecond)
			s.set("x", i*100)
			fmt.Printf("%3d writer set x=%d\n", ms(), i*100)
		}
	}()
	wg.Wait()
	fmt.Println("done at", ms())
}
