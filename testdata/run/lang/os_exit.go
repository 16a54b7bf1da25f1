package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	func() {
		defer fmt.Println("inner deferred runs: function returned normally")
	}()
	os.Exit(3)
	fmt.Println("after exit")
}
