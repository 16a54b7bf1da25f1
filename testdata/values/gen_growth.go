// Prints slice capacities after append growth in Go 1.19 (runtime.growslice
// with roundupsize), the expectations of src/vm/slices.test.ts
// (run: go run gen_growth.go > growth_expected.txt). Each line:
//   one <type> <size> <cap after each change while appending 1..2000 one at a time>
//   many <type> <size> <start len> <cap of append(s[:start:start], k zero values...) for k = 1..300>
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

type S3 struct{ a, b, c int64 }
type S16 struct {
	a int64
	b byte
}
type S12 struct {
	a int32
	b, c int32
}
type E struct{}

func one[T any](name string) {
	var s []T
	var z T
	caps := []string{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, z)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, fmt.Sprint(last))
		}
	}
	fmt.Println("one", name, unsafe.Sizeof(z), strings.Join(caps, " "))
}

func many[T any](name string) {
	var z T
	for _, start := range []int{0, 1, 5, 17, 300, 1000} {
		caps := []string{}
		for k := 1; k <= 300; k++ {
			s := make([]T, start)
			s = append(s, make([]T, k)...)
			caps = append(caps, fmt.Sprint(cap(s)))
		}
		fmt.Println("many", name, unsafe.Sizeof(z), start, strings.Join(caps, " "))
	}
}

func main() {
	one[int]("int")
	one[byte]("uint8")
	one[string]("string")
	one[S3]("S3")
	one[[3]byte]("[3]uint8")
	one[int32]("int32")
	one[[5]int64]("[5]int64")
	one[E]("E")
	one[[7]byte]("[7]uint8")
	one[int16]("int16")
	one[complex128]("complex128")
	one[interface{}]("interface")
	one[[2]string]("[2]string")
	one[bool]("bool")
	one[float32]("float32")
	one[[100]byte]("[100]uint8")
	one[[1000]byte]("[1000]uint8")
	one[S16]("S16")
	one[S12]("S12")
	one[[]int]("slice")
	many[int]("int")
	many[byte]("uint8")
	many[S3]("S3")
	many[[3]byte]("[3]uint8")
	many[string]("string")
	many[S12]("S12")
	many[E]("E")
}
