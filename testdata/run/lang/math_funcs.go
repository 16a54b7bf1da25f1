package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3))
	for _, x := range []float64{2.5, -2.5, 2.4, -0.5, 3.5, math.Inf(1)} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x), math.Trunc(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Remainder(7, 3))
	fmt.Println(math.Abs(-3.2), math.Abs(math.Inf(-1)), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(1, math.NaN()))
	nz := math.Copysign(0, -1)
	fmt.Println(math.Max(0, nz), math.Min(0, nz), math.Max(math.Inf(-1), -1e308), math.Min(math.Inf(1), math.NaN()))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log(1), math.Log(0), math.Log(-1), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Exp(0), math.Exp(1) == math.E, math.Log1p(0), math.Expm1(0))
	for _, a := range []float64{0, math.Pi / 6, math.Pi / 4, 1, math.Pi, 2, -0.5} {
		fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(a), math.Cos(a), math.Tan(a), math.Atan(a))
	}
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Atan2(1, -1), math.Asin(1), math.Acos(0), math.Sinh(1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxInt16, math.MinInt8)
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0), math.IsNaN(math.Sqrt(-1)))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.Trunc(-0.9), math.Floor(-0.0), math.Pow(0, -1), math.Pow(1, math.NaN()), math.Pow(math.NaN(), 0))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Gamma(5), math.Erf(0))
}
