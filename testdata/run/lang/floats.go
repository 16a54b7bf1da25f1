package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1e20, 123456789.0, 1e-5, 0.000001, 1.0 / 3, 2.5e-10, 100}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.2f|%G|%E\n", v, v, v, v, v, v, v)
	}
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), float64(float32(0.1)))
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32+2, float32(1)/3, float32(1e10))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.Inf(1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan, math.IsNaN(nan))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, -zero, math.Copysign(0, -1))
	fmt.Printf("%v %.3f %e %g\n", math.Inf(1), math.Inf(-1), nan, math.Copysign(0, -1))
	fmt.Printf("%5.1f|%-8.2f|%08.3f|%+.1f|% .2f\n", 3.14159, 2.5, -3.14159, 2.0, 1.0)
	// float -> int truncates toward zero
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.7} {
		fmt.Print(int(v), " ", int64(v), " | ")
	}
	fmt.Println()
	f1, f2 := 200.9, -7.99
	fmt.Println(uint8(f1), int32(f2))
	// large and small
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(float32(math.MaxFloat32), float32(1e-45))
	fmt.Println(1e100, 123456789012345678.0, 1e-7, 12345.678e-3)
	var f float64 = 7
	fmt.Println(f/2, f*1.5, float64(int(f)/2))
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/float32(3)*3)
	fmt.Printf("%v %v\n", float32(2.5), float32(1.0/3.0))
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.3g|%.10g|%g|%g\n", 123.456, 1.0/7, 1e-4, 1e-5)
}
