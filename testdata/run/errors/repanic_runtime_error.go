package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			err := r.(error)
			panic(fmt.Errorf("wrapped: %w", err))
		}
	}()
	var m map[string][]int
	fmt.Println(len(m["x"]))
	fmt.Println(m["x"][1])
}
