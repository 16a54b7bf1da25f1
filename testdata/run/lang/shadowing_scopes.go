package main

import (
	"errors"
	"fmt"
)

var x = "package"

func show() string { return x }

func find(ok bool) (err error) {
	if ok {
		err := errors.New("inner err") // shadows the result, which stays nil
		_ = err
	} else {
		err = errors.New("outer err")
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 42; x > 0 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(x)

	fmt.Println(find(true), find(false))

	// := with at least one new var reuses existing ones
	a, b := 1, 2
	a, c := 10, 3
	fmt.Println(a, b, c)

	// shadowing builtins and types
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	type int string
	var v int = "I am a string"
	fmt.Println(v)
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil)
}
