package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}} {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", a, b, a/b, a, b, a%b)
	}
	// int64 min / -1 and % -1 do not panic; the result wraps
	x := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(x/m1, x%m1, -x)
	var i8 int8 = -128
	var d8 int8 = -1
	fmt.Println(i8/d8, i8%d8)
	var i32 int32 = math.MinInt32
	d32 := int32(-1)
	fmt.Println(i32/d32, i32*d32)

	// shifts
	var one uint = 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()
	var u8 uint8 = 0xff
	for _, s := range []uint{1, 7, 8, 9} {
		fmt.Print(u8<<s, ":", u8>>s, " ")
	}
	fmt.Println()
	neg := int64(-256)
	for _, s := range []uint{1, 4, 63, 64, 100} {
		fmt.Print(neg>>s, " ")
	}
	fmt.Println()
	var i32s int32 = 1
	fmt.Println(i32s<<31, i32s<<32, int32(-1)<<31)
	// shift by signed count (allowed since 1.13), non-negative here
	k := 3
	fmt.Println(1<<k, -8>>k, uint8(1)<<k)
	// unsigned division and modulo
	var u uint32 = 4000000000
	fmt.Println(u/7, u%7, uint64(math.MaxUint64)%10)
	// const arithmetic is exact
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<90))
}
