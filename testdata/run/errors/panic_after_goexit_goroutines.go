package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Second)
		fmt.Println("background goroutine done")
	}()
	defer fmt.Println("main's defers run")
	runtime.Goexit()
}
