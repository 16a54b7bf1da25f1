//go:build ignore

// AfterFunc: f runs in its own goroutine when the timer fires; Stop before
// firing; two functions due at the same time; Reset of an AfterFunc timer.
// Expected output: afterfunc.out (go-fake-run afterfunc.go > afterfunc.out).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	time.AfterFunc(time.Second, func() { done <- fmt.Sprint("a ", time.Since(start)) })
	time.AfterFunc(time.Second, func() { done <- fmt.Sprint("b ", time.Since(start)) })
	s := time.AfterFunc(500*time.Millisecond, func() { done <- "never" })
	fmt.Println("stop:", s.Stop(), s.C == nil)
	fmt.Println(<-done)
	fmt.Println(<-done)
	r := time.AfterFunc(time.Hour, func() { done <- fmt.Sprint("r ", time.Since(start)) })
	fmt.Println("reset:", r.Reset(2*time.Second))
	fmt.Println(<-done)
	fmt.Println("reset again:", r.Reset(time.Second), r.Stop())
	time.Sleep(3 * time.Second)
	fmt.Println("end", time.Since(start))
}
