package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's deferred call runs on Goexit")
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("worker still runs after main called Goexit")
	}()
	go func() {
		defer fmt.Println("second worker's defer")
		time.Sleep(20 * time.Millisecond)
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	fmt.Println("main calls Goexit")
	runtime.Goexit()
	fmt.Println("not reached")
}
