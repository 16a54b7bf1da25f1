package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	steps := []time.Duration{
		1,
		999,
		time.Microsecond + 500,
		3 * time.Millisecond,
		time.Second / 3,
		1500 * time.Millisecond,
		2*time.Minute + 3*time.Second,
		time.Hour + 1,
	}
	for i, d := range steps {
		before := time.Now()
		time.Sleep(d)
		took := time.Since(before)
		fmt.Printf("step %d slept %v took %v total %v exact=%v\n", i, d, took, time.Since(start), took == d)
	}
	fmt.Println(time.Since(start).Round(time.Second), time.Since(start).Truncate(time.Minute))
	el := time.Since(start)
	fmt.Printf("%d %.3f %s\n", el.Nanoseconds(), el.Hours(), el.String())
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero/negative sleeps took", time.Since(start)-el)
}
