package main

import "fmt"

var (
	a = c + b // depends on b and c: initialized after them
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, b, c, d)

var registry = map[string]int{}

func f(name string) int {
	fmt.Println("init var", name)
	return len(name) * 10
}

func sum(xs ...int) int {
	fmt.Println("computing total")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("first init: a =", a, "total =", total)
	registry["first"] = 1
}

func init() {
	fmt.Println("second init, registry size", len(registry))
	registry["second"] = 2
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 7, 8
}

func main() {
	fmt.Println("main:", a, b, c, d, total, x, y, registry)
}
