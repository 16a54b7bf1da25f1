package main

import "fmt"

func main() {
	var a [4]string
	idx := []int{0, 3, 4}
	for _, i := range idx {
		a[i] = "x"
		fmt.Println("set", i)
	}
}
