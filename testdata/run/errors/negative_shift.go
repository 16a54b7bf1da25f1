package main

import "fmt"

func main() {
	for _, s := range []int{2, 0, -1} {
		fmt.Println(1 << s)
	}
}
