package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	m := map[string]int{"a": 1, "b": 0}
	for _, k := range []string{"a", "b", "c"} {
		if v, ok := lookup(m, k); ok {
			fmt.Println(k, "found", v)
		} else if v == 0 {
			fmt.Println(k, "missing, zero value", v)
		}
	}
	x := 10
	if x := x * 2; x > 15 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if a, b := 3, 4; a*a+b*b == 25 {
		fmt.Println("pythagorean", a, b)
	}
	if true {
	}
	if !false && (1 < 2 || panicky()) {
		fmt.Println("short-circuit ok")
	}
	if false && panicky() {
		fmt.Println("unreachable")
	}
}

func panicky() bool {
	panic("should not be evaluated")
}
