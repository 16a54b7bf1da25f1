//go:build ignore

// Timers in fake time: firing order and values, Stop before firing, Reset
// (pending or not), a fired but undrained timer, time.After.
// Expected output: timers.out (go-fake-run timers.go > timers.out).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t1 := time.NewTimer(2 * time.Second)
	t2 := time.NewTimer(1 * time.Second)
	t3 := time.NewTimer(3 * time.Second)
	fmt.Println("stop t3:", t3.Stop(), t3.Stop())
	v := <-t2.C
	fmt.Println("t2 fired", v, time.Since(start))
	fmt.Println("reset t1:", t1.Reset(500*time.Millisecond))
	v = <-t1.C
	fmt.Println("t1 fired", v, time.Since(start))
	fmt.Println("reset t2:", t2.Reset(time.Second), "stop t1:", t1.Stop())
	v = <-t2.C
	fmt.Println("t2 fired", v, time.Since(start))
	select {
	case <-t3.C:
		fmt.Println("t3 fired")
	default:
		fmt.Println("t3 never fired")
	}
	t4 := time.NewTimer(time.Second)
	time.Sleep(2 * time.Second)
	fmt.Println("reset t4 after it fired:", t4.Reset(time.Second), len(t4.C))
	v = <-t4.C
	fmt.Println("t4 stale value", v, time.Since(start))
	v = <-t4.C
	fmt.Println("t4 second value", v, time.Since(start))
	fmt.Println("reset t3 after stop:", t3.Reset(0))
	v = <-t3.C
	fmt.Println("t3 fired", v, time.Since(start))
	<-time.After(250 * time.Millisecond)
	fmt.Println("after", time.Since(start))
}
