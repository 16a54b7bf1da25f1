package main

import "fmt"

type T struct{}

func main() {
	fmt.Println("stdout line 1")
	println("hello", 42, -7, true, false)
	println(1.5, -0.25, 100.0, 1e20, 3.0)
	println(float32(1.5))
	var nan float64
	nan = nan / nan
	inf := 1 / (nan - nan + 0.0)
	_ = inf
	println(int8(-5), uint8(250), uint64(18446744073709551615), int64(-9223372036854775808))
	println('a', byte('b'), "str")
	println()
	print("no", "spaces", 1, 2, "\n")
	print(3.0, "\n")
	var z float64
	println(1/z, -1/z, z/z)
	println(complex(1, 2))
	var e error
	var i interface{}
	println(e == nil, i == nil)
	println(nil == e)
	fmt.Println("stdout line 2")
}
