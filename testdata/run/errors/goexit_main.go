package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred calls run on Goexit")
	fmt.Println("calling Goexit from main")
	runtime.Goexit()
	fmt.Println("never")
}
