package main

import "fmt"

type Code int
type Reason string

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
		panic(Reason("disk full"))
	}()
	panic(Code(7))
}
