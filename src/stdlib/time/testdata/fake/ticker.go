//go:build ignore

// A ticker every 500ms read by a slow consumer (the channel holds one tick,
// the others are dropped), Reset, Stop, NewTicker(0), Reset(0).
// Expected output: ticker.out (go-fake-run ticker.go > ticker.out).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(500 * time.Millisecond)
	for i := 0; i < 3; i++ {
		v := <-tk.C
		fmt.Println("tick", v, time.Since(start))
		time.Sleep(1200 * time.Millisecond)
	}
	tk.Reset(300 * time.Millisecond)
	fmt.Println("reset at", time.Since(start), len(tk.C))
	for i := 0; i < 3; i++ {
		v := <-tk.C
		fmt.Println("tick", v, time.Since(start))
	}
	tk.Stop()
	time.Sleep(time.Second)
	fmt.Println("stopped", len(tk.C), time.Since(start))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(0)
	}()
}
