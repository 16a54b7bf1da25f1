// Variadic functions: calls with zero or more arguments, spreading a slice
// with ..., appending slices, forwarding variadic arguments.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(prefix string, args ...interface{}) {
	fmt.Println(append([]interface{}{prefix}, args...)...)
}

func minOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r < m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-"), join("-", "a"), join("-", "a", "b", "c"))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	logf("[info]", "started", 3, true)
	fmt.Println(minOf(9), minOf(9, 3, 7))

	a := []int{1, 2}
	b := []int{3, 4}
	a = append(a, b...)
	a = append(a[:1], a[2:]...)
	fmt.Println(a, len(a))
	bs := append([]byte("go"), "pher"...)
	fmt.Println(string(bs))
}
