package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		t := <-tk.C
		fmt.Println("tick", i, t.Sub(start))
	}
	tk.Reset(250 * time.Millisecond)
	fmt.Println("reset to 250ms at", time.Since(start))
	for i := 0; i < 3; i++ {
		t := <-tk.C
		fmt.Println("tick", i, t.Sub(start))
	}
	tk.Stop()
	fmt.Println("stopped at", time.Since(start))
	select {
	case <-tk.C:
		fmt.Println("unexpected tick")
	case <-time.After(time.Second):
		fmt.Println("no ticks after stop; now", time.Since(start))
	}
	// a slow receiver misses ticks: the channel holds at most one
	tk2 := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	t := <-tk2.C
	fmt.Println("first tick value", t.Sub(start), "received at", time.Since(start))
	t = <-tk2.C
	fmt.Println("next tick value", t.Sub(start))
	tk2.Stop()
}
