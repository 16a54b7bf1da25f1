package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("not printed: os.Exit skips deferred calls")
	go func() {
		defer fmt.Println("not printed either")
		time.Sleep(35 * time.Millisecond)
		fmt.Println("watchdog: giving up, exiting with status 3")
		os.Exit(3)
	}()
	for i := 0; ; i++ {
		fmt.Println("main working", i)
		time.Sleep(10 * time.Millisecond)
	}
}
