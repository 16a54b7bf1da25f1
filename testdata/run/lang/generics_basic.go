package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Celsius float64

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	ints := []int{1, 2, 3, 4, 5}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}))
	fmt.Printf("%T\n", Sum([]Celsius{1}))
	strs := Map(ints, func(i int) string { return strconv.Itoa(i * i) })
	fmt.Printf("%q\n", strs)
	evens := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(ints, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index(ints, 9))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("apple", "banana"))
	fmt.Println(Map[int, float64](ints, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Keys(map[string]bool{"x": true, "y": false}))
	type pair struct{ a, b int }
	fmt.Println(Index([]pair{{1, 2}, {3, 4}}, pair{3, 4}))
	fmt.Println(Filter([]int{}, func(int) bool { return true }) == nil)
}
