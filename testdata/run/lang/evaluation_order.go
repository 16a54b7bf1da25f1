package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func idx(name string, i int) int { trace = append(trace, name); return i }

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func pair() (int, int) { trace = append(trace, "pair"); return 1, 2 }

func main() {
	_ = v("a", 1) + v("b", 2)*v("c", 3)
	flush("binary:")
	fmt.Sprint(v("x", 1), v("y", 2), v("z", 3))
	flush("args:")
	s := []int{0, 0, 0}
	s[idx("i", 0)], s[idx("j", 1)] = v("p", 10), v("q", 20)
	flush("assign:")
	fmt.Println(s)
	m := map[int]int{}
	m[idx("k", 1)] = v("val", 5)
	flush("map assign:")
	a, b := pair()
	_ = a + b
	flush("multi:")

	// operands of a tuple assignment are evaluated before any assignment
	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)

	// composite literal elements in order
	_ = []int{v("e1", 1), v("e2", 2), v("e3", 3)}
	_ = map[int]int{idx("k1", 1): v("v1", 1), idx("k2", 2): v("v2", 2)}
	flush("literals:")

	// && and || short circuit
	_ = v("l", 0) == 1 && v("r", 0) == 0
	_ = v("l2", 1) == 1 || v("r2", 0) == 0
	flush("logic:")

	// defer arguments evaluated at the defer statement
	func() {
		defer func(n int) { trace = append(trace, fmt.Sprint("deferred ", n)) }(v("darg", 7))
		trace = append(trace, "body")
	}()
	flush("defer:")

	// method receiver evaluated before arguments
	type T struct{ n int }
	get := func(name string) *T { trace = append(trace, name); return &T{} }
	_ = fmt.Sprint(get("recv").n, v("arg", 1))
	flush("recv:")
	// range expression evaluated once
	for range make([]int, v("len", 3)) {
		trace = append(trace, "iter")
	}
	flush("range:")
}
