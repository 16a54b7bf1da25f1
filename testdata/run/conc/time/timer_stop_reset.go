package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	el := func() time.Duration { return time.Since(start) }

	t1 := time.NewTimer(100 * time.Millisecond)
	fired := <-t1.C
	fmt.Println("t1 fired at", fired.Sub(start), "now", el())
	fmt.Println("stop after fire:", t1.Stop())

	t2 := time.NewTimer(time.Second)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop before fire:", t2.Stop(), "at", el())
	select {
	case <-t2.C:
		fmt.Println("unexpected fire")
	case <-time.After(2 * time.Second):
		fmt.Println("t2 never fired, now", el())
	}
	fmt.Println("reset stopped t2:", t2.Reset(300*time.Millisecond))
	<-t2.C
	fmt.Println("t2 fired after reset at", el())

	t3 := time.NewTimer(500 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("reset active t3:", t3.Reset(50*time.Millisecond), "at", el())
	<-t3.C
	fmt.Println("t3 fired at", el())

	t4 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t4.Stop() {
		v := <-t4.C
		fmt.Println("drained t4 value from", v.Sub(start))
	}
	fmt.Println("reset drained t4:", t4.Reset(10*time.Millisecond))
	<-t4.C
	fmt.Println("t4 fired again at", el())
}
