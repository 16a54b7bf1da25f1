// Function literals: captured variables, functions returning functions,
// recursion through a declared variable, immediately invoked literals.
package main

import "fmt"

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int {
		n++
		return n
	}
	get = func() int { return n }
	return
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get())

	addOne := func(x int) int { return x + 1 }
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(addOne, double)(5), compose(double, addOne)(5))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	square := memo(func(n int) int { return n * n })
	fmt.Println(square(9), square(9))

	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	total := 0
	apply := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	apply([]int{1, 2, 3}, func(x int) { total += x })
	fmt.Println(total)
}
