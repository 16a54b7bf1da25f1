package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	fmt.Println(t0)
	fmt.Println(t0.Location(), t0.Round(0))
	time.Sleep(1500 * time.Millisecond)
	t1 := time.Now()
	fmt.Println(t1)
	fmt.Println(t1.Sub(t0), t1.Round(0).Sub(t0.Round(0)))
	fmt.Printf("%v|%s\n", t1.Add(time.Minute), t1.Add(-time.Hour))
	done := make(chan time.Time)
	go func() {
		time.Sleep(250 * time.Millisecond)
		done <- time.Now()
	}()
	t2 := <-done
	fmt.Println(t2, t2.Sub(t1))
	fmt.Println(t2.Hour(), t2.Minute(), t2.Second(), t2.Nanosecond())
}
