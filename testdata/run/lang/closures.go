package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func namedResult() (n int) {
	inc := func() { n += 5 }
	inc()
	inc()
	return n * 2
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println("independent:", next2())

	a := adder(10)
	fmt.Println(a(1), a(2), a(3))

	fmt.Println(namedResult())

	// Go 1.19 semantics: one variable for the whole loop (this program avoids
	// depending on it by copying).
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), compose()(5))

	// recursive closure
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// closure capturing and modifying outer variable
	x := 1
	modify := func() { x *= 7 }
	modify()
	modify()
	fmt.Println("x", x)

	// immediately invoked
	y := func(a, b int) int { return a - b }(10, 3)
	fmt.Println("y", y)

	// closure over struct field via pointer
	type box struct{ v int }
	b := &box{1}
	get := func() int { return b.v }
	b.v = 42
	fmt.Println(get())
	b = &box{7}
	fmt.Println(get())
}
