package main

import "fmt"

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred runs before the crash report")
	panic("boom")
}
