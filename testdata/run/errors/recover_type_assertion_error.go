package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		_, isRT := r.(runtime.Error)
		fmt.Println(isRT)
		var x any = 1
		defer func() { fmt.Println(recover()) }()
		_ = x.(I)
	}()
	var v any = "s"
	_ = v.(int)
}
