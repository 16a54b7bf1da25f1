package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("cap(t.C) =", cap(t.C), "len =", len(t.C))
	time.Sleep(30 * time.Millisecond)
	fmt.Println("after 30ms len =", len(t.C))
	v := <-t.C
	fmt.Println("value is fire time:", v.Sub(start))
	tk := time.NewTicker(5 * time.Millisecond)
	time.Sleep(102 * time.Millisecond)
	fmt.Println("ticker len after 100ms =", len(tk.C))
	got := 0
	for i := 0; i < 4; i++ {
		x := <-tk.C
		got++
		fmt.Println("tick at", x.Sub(start), "received", time.Since(start))
	}
	tk.Stop()
	fmt.Println(got, "ticks, end at", time.Since(start))
}
