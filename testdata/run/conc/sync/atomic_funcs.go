package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var ops uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				atomic.AddInt64(&counter, 2)
				atomic.AddUint32(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", atomic.LoadInt64(&counter), "ops:", atomic.LoadUint32(&ops))
	fmt.Println("decrement:", atomic.AddInt64(&counter, -1000))
	atomic.AddUint32(&ops, ^uint32(0))
	fmt.Println("ops after ^0 add:", ops)

	var flag int32
	fmt.Println("CAS 0->1:", atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	fmt.Println("CAS 0->2:", atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	fmt.Println("Swap ->5, old:", atomic.SwapInt32(&flag, 5), "new:", flag)
	atomic.StoreInt32(&flag, -3)
	fmt.Println("Load:", atomic.LoadInt32(&flag))

	var winners int32
	var first int32 = -1
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&first, -1, id) {
				atomic.AddInt32(&winners, 1)
			}
		}(int32(i))
	}
	wg.Wait()
	fmt.Println("winners:", winners, "first set:", first != -1)
	var u uintptr
	atomic.StoreUintptr(&u, 99)
	fmt.Println(atomic.LoadUintptr(&u), atomic.AddUint64(new(uint64), 1<<40))
}
