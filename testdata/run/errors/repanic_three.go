package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
		panic(errors.New("third"))
	}()
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("second after ", r))
	}()
	panic("first")
}
