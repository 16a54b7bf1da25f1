package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stringer interface{ String() string }

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Name string

// a constraint with both a type set and a method
type StringableInt interface {
	~int
	String() string
}

func Double[T StringableInt](x T) string { return (x * 2).String() }

func MinMax[T Ordered](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func Zero[T any]() T {
	var z T
	return z
}

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func main() {
	ids := []ID{30, 10, 20}
	SortSlice(ids)
	fmt.Println(JoinAll(ids, ", "))
	names := []Name{"zed", "amy", "kim"}
	SortSlice(names)
	fmt.Println(names)
	fmt.Println(Double(ID(21)))
	fmt.Println(MinMax(3, 1, 4, 1, 5, 9, 2, 6))
	fmt.Println(MinMax("pear", "apple", "fig"))
	fmt.Println(MinMax[float64](2.5, -1, 7))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Printf("%v %T %v\n", v, v, v.Norm1())
	fmt.Println(Scale([]int{1, 2}, 10))
}
