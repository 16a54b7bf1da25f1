package main

import "fmt"

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { panic("a") }))
	fmt.Println(safe(func() { var m map[int]int; m[1] = 1 }))
	fmt.Println(safe(func() {}))
	var arr []int
	fmt.Println(arr[len(arr)-1+1])
}
