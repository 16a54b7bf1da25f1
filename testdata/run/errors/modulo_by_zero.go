package main

import "fmt"

func main() {
	var d uint8
	x := uint8(10)
	fmt.Println(1.0/float64(d), x/3)
	fmt.Println(x % d)
}
