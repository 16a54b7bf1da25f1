package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e23, 5e-324, math.MaxFloat64,
		123456.789, 0.000123, 9007199254740993, 1.7976931348623157e308, 3.0000000000000004, 1e15, 1e16, 123e18}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'f', -1, 64), back == v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777217, 3.4e38, 1e-45}
	for _, v := range f32s {
		fmt.Println(strconv.FormatFloat(float64(v), 'g', -1, 32), strconv.FormatFloat(float64(v), 'g', -1, 64), v)
	}
	for _, prec := range []int{0, 1, 2, 5, 10, 17} {
		fmt.Print(strconv.FormatFloat(math.Pi, 'f', prec, 64), " ", strconv.FormatFloat(math.Pi, 'g', prec, 64), " | ")
	}
	fmt.Println()
	// round half to even in formatting of exact decimal halves
	for _, v := range []float64{0.125, 0.375, 2.5, 3.5, 1.005, 1.015} {
		fmt.Print(strconv.FormatFloat(v, 'f', 2, 64), " ", strconv.FormatFloat(v, 'f', 0, 64), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(math.Inf(-1), 'f', 2, 64), strconv.FormatFloat(math.NaN(), 'e', 3, 64))
}
