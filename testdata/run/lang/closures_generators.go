package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rangeIter(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func accumulate() (add func(int), total func() int, reset func()) {
	sum := 0
	add = func(n int) { sum += n }
	total = func() int { return sum }
	reset = func() { sum = 0 }
	return
}

func main() {
	next := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	it := rangeIter(0, 20, 7)
	for v, ok := it(); ok; v, ok = it() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	square, misses := memo(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("misses:", *misses)

	var memoFib func(int) int
	calls := 0
	cache := map[int]int{}
	memoFib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := memoFib(n-1) + memoFib(n-2)
		cache[n] = v
		return v
	}
	fmt.Println(memoFib(90), calls)

	add, total, reset := accumulate()
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(total())
	reset()
	add(5)
	fmt.Println(total())

	// closure capturing a variable that is later reassigned
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())
}
