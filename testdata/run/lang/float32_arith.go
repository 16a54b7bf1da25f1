package main

import (
	"fmt"
	"math"
)

func main() {
	var a, b float32 = 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, float64(a+b), a*b, b/a)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	var big float32 = 1 << 24
	maxf := float32(math.MaxFloat32)
	fmt.Println(big+1 == big, big+2, maxf*2, -maxf*2, maxf+1 == maxf)
	var tiny float32 = 1e-38
	fmt.Println(tiny/1e10, tiny*tiny)
	x := float32(1) / 3
	fmt.Println(x, float64(x), x*3 == 1, float32(float64(x)*3))
	fmt.Printf("%v %g %.10f %e\n", x, x, x, x)
	// conversions
	f64 := 1.0000001
	fmt.Println(float32(f64), float32(16777217.0), float32(0.3) == 0.3)
	i := int32(float32(2.9e9 / 2))
	m75, u65 := float32(-7.5), float32(65535.9)
	fmt.Println(i, int(m75), uint16(u65))
	fmt.Println(math.Float32bits(-0.5), math.Float32frombits(0x40490fdb))
	var nz float32 = -0.0
	fmt.Println(nz, float32(math.Copysign(0, -1)), 1/float32(math.Copysign(0, -1)))
	var q float32 = 7
	q /= 2
	q *= q
	fmt.Println(q, math.Sqrt(float64(q)), float32(math.Sqrt(2)))
}
