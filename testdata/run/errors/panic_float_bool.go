package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		panic(-2.5)
	}()
	panic(true)
}
