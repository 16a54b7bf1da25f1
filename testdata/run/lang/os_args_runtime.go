package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(done)
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.GOOS != "", strings.HasPrefix(runtime.Version(), "go"))
	fmt.Println(runtime.GOMAXPROCS(0))
	os.Exit(0)
}
