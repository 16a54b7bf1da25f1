package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() {
		// this recover runs only if main itself panics: it cannot catch the goroutine's panic
		fmt.Println("main recovered:", recover())
	}()
	go func() {
		panic("panic in goroutine")
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
