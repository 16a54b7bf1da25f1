package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string, 4)
	f1 := time.AfterFunc(100*time.Millisecond, func() {
		fmt.Println("f1 runs at", time.Since(start), "goroutines:", runtime.NumGoroutine())
		done <- "f1"
	})
	f2 := time.AfterFunc(200*time.Millisecond, func() {
		fmt.Println("f2 should never run")
		done <- "f2"
	})
	f3 := time.AfterFunc(300*time.Millisecond, func() {
		fmt.Println("f3 runs at", time.Since(start))
		done <- "f3"
	})
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println("got", <-done)
	fmt.Println("stop f1 (already ran):", f1.Stop())
	fmt.Println("stop f2:", f2.Stop())
	fmt.Println("reset f3 to 50ms:", f3.Reset(50*time.Millisecond), "at", time.Since(start))
	fmt.Println("got", <-done, "at", time.Since(start))
	fmt.Println("reset f1 again:", f1.Reset(10*time.Millisecond))
	fmt.Println("got", <-done, "at", time.Since(start))
	time.Sleep(time.Second)
	fmt.Println("len(done) =", len(done), "at", time.Since(start))
}
