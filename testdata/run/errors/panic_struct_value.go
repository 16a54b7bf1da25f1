package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	fmt.Println("panicking with a struct value")
	panic(Point{1, 2})
}
