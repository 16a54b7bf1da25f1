package main

import "fmt"

func main() {
	done := make(chan struct{})
	defer close(done)
	fmt.Println("closing early")
	close(done)
	fmt.Println("returning: the deferred close panics")
}
