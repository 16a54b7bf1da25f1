package main

import (
	"fmt"
	"math"
)

func main() {
	f := 1234.5678
	fmt.Printf("%f|%.2f|%10.2f|%-10.2f|%010.2f|%+.1f|% .1f\n", f, f, f, f, f, f, f)
	fmt.Printf("%e|%.2e|%E|%12.3e|%-12.3E|\n", f, f, f, f, f)
	fmt.Printf("%g|%.3g|%.10g|%G|%10g|%-10g|\n", f, f, f, f, f, f)
	fmt.Printf("%F|%.1F|%v|%8v|%.2v\n", f, f, f, f, f)
	fmt.Printf("%#g|%#.3g|%#v|%#v|%#v\n", 1.0, 2.0, 1.0, 1e21, 1e-7)
	fmt.Printf("%b|%x|%X|%.3x\n", 1.0, 1.5, -2.75, math.Pi)
	small := 0.000012345
	fmt.Printf("%v|%f|%.8f|%e|%g|%.2g\n", small, small, small, small, small, small)
	bigf := 123456789012.0
	fmt.Printf("%v|%f|%e|%g|%.3g\n", bigf, bigf, bigf, bigf, bigf)
	fmt.Printf("%v|%v|%v|%v\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%6.2f|%6.2f|%6.2f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%06.2f|%-6.1f|%+f|%+v\n", math.Inf(1), math.NaN(), math.Inf(1), math.NaN())
	fmt.Printf("%.0e|%.0g|%.1g|%g\n", 15.0, 15.0, 15.0, 100000.0)
	fmt.Printf("%v %v %v\n", float32(3.1415927), float32(1e-7), float32(16777217))
	fmt.Printf("%g %g\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%.3f %.3f %.3f %.3f\n", 2.0005, 2.0015, 1.0005, -0.0004)
	fmt.Printf("%5.2f%%\n", 99.5)
	fmt.Printf("%*.*f|\n", 9, 3, math.E)
	fmt.Println(2.0, 2.5, -0.0, 1e6, 1e-6, 123456789.0, 1.0e+15, 1e+21)
	fmt.Println(float32(2.0), float32(1)/3, 100.0/3.0)
}
