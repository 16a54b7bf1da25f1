package main

import (
	"fmt"
	"sync"
	"time"
)

type Barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	n       int
	arrived int
	phase   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	phase := b.phase
	b.arrived++
	if b.arrived == b.n {
		b.arrived = 0
		b.phase++
		b.cond.Broadcast()
		return phase
	}
	for phase == b.phase {
		b.cond.Wait()
	}
	return phase
}

func main() {
	start := time.Now()
	b := NewBarrier(3)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				time.Sleep(time.Duration(w*10+round*7) * time.Millisecond)
				fmt.Printf("%3dms w%d reached barrier in round %d\n", time.Since(start).Milliseconds(), w, round)
				p := b.Await()
				fmt.Printf("%3dms w%d passed phase %d\n", time.Since(start).Milliseconds(), w, p)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("done")
}
