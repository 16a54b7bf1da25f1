package main

import "fmt"

func helper() interface{} {
	// recover only works when called directly by the deferred function
	return recover()
}

func main() {
	defer func() {
		r := helper()
		fmt.Println("helper recovered:", r)
		func() {
			fmt.Println("nested recover:", recover())
		}()
	}()
	panic("not recovered")
}
