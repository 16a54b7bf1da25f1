package main

// Go 1.19 twin of atomic_and_or.go: atomic And/Or (which return the old value)
// written as compare-and-swap loops.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	flagReady uint32 = 1 << iota
	flagBusy
	flagDirty
	flagClosed
)

func or32(a *atomic.Uint32, mask uint32) uint32 {
	for {
		old := a.Load()
		if a.CompareAndSwap(old, old|mask) {
			return old
		}
	}
}

func and32(a *atomic.Uint32, mask uint32) uint32 {
	for {
		old := a.Load()
		if a.CompareAndSwap(old, old&mask) {
			return old
		}
	}
}

func and64(a *atomic.Int64, mask int64) int64 {
	for {
		old := a.Load()
		if a.CompareAndSwap(old, old&mask) {
			return old
		}
	}
}

func or64(a *atomic.Int64, mask int64) int64 {
	for {
		old := a.Load()
		if a.CompareAndSwap(old, old|mask) {
			return old
		}
	}
}

func main() {
	var flags atomic.Uint32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(bit uint32) {
			defer wg.Done()
			old := or32(&flags, bit)
			fmt.Printf("set %04b, old %04b\n", bit, old)
		}(uint32(1) << i)
	}
	wg.Wait()
	fmt.Printf("all set: %04b\n", flags.Load())
	old := and32(&flags, ^flagBusy)
	fmt.Printf("cleared busy: old %04b new %04b\n", old, flags.Load())
	var counter atomic.Int64
	counter.Store(0b1111_0000)
	a := and64(&counter, 0b1010_1010)
	b := counter.Load()
	c := or64(&counter, 1)
	fmt.Println(a, b, c, counter.Load())
	fmt.Println(0, 0)
}
