package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), cmplx.Abs(b), cmplx.Conj(a))
	fmt.Printf("%v %.2f %g %e\n", a, b, a*a, b)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, real(c64)*2)
	fmt.Printf("%T %T\n", c64, a)
	fmt.Println(a == complex(1, 2), a != b)
	fmt.Println(cmplx.Sqrt(-1), 1i*1i)
	var z complex128
	fmt.Println(z, complex(0, -0.5))
	fmt.Printf("%8.3f|%+.1f\n", complex(1.5, -2.25), 2+3i)
}
