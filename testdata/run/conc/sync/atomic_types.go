package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	level int
	name  string
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int64) {
			defer wg.Done()
			n.Add(i)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("sum:", n.Load())
	fmt.Println("swap:", n.Swap(7), n.Load())
	fmt.Println("cas:", n.CompareAndSwap(7, 8), n.CompareAndSwap(7, 9), n.Load())

	var b atomic.Bool
	fmt.Println("bool:", b.Load())
	b.Store(true)
	fmt.Println("bool:", b.Load(), b.Swap(false), b.Load())
	fmt.Println("bool cas:", b.CompareAndSwap(false, true), b.Load())

	var u atomic.Uint32
	u.Store(10)
	u.Add(^uint32(0))
	fmt.Println("uint32:", u.Load())
	var i32 atomic.Int32
	i32.Add(-5)
	fmt.Println("int32:", i32.Load())

	var v atomic.Value
	fmt.Println("empty value:", v.Load())
	v.Store(settings{1, "low"})
	s := v.Load().(settings)
	fmt.Printf("value: %+v\n", s)
	old := v.Swap(settings{2, "high"})
	fmt.Printf("swapped out %+v, now %+v\n", old, v.Load())
	fmt.Println("value cas:", v.CompareAndSwap(settings{2, "high"}, settings{3, "max"}), v.Load())

	var p atomic.Pointer[settings]
	fmt.Println("nil pointer:", p.Load() == nil)
	first := &settings{5, "five"}
	p.Store(first)
	fmt.Println("pointer:", p.Load().name, p.CompareAndSwap(first, &settings{6, "six"}), p.Load().level)
	fmt.Println("cas stale:", p.CompareAndSwap(first, nil), p.Load().name)
}
