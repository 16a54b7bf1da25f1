// golden: by hand (Go 1.22+ semantics)
package main

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

func main() {
	var flags atomic.Uint32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(bit uint32) {
			defer wg.Done()
			old := flags.Or(bit)
			fmt.Printf("set %04b, old %04b\n", bit, old)
		}(uint32(1) << i)
	}
	wg.Wait()
	fmt.Printf("all set: %04b\n", flags.Load())
	old := flags.And(^flagBusy)
	fmt.Printf("cleared busy: old %04b new %04b\n", old, flags.Load())
	var counter atomic.Int64
	counter.Store(0b1111_0000)
	fmt.Println(counter.And(0b1010_1010), counter.Load(), counter.Or(1), counter.Load())
	fmt.Println(atomic.OrInt32(new(int32), 6), atomic.AndUint64(new(uint64), 3))
}
