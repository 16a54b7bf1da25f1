package main

import (
	"errors"
	"fmt"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals, vals == nil)
}

func modify(xs ...int) { xs[0] = 99 }

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return
}

func pair() (string, int) { return "seven", 7 }

func takesPair(s string, n int) string { return fmt.Sprint(s, "=", n) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(describe("none:"))
	fmt.Println(describe("some:", 1, "a", nil))
	fmt.Println(describe("spread:", []interface{}{1, 2}...))
	modify(nums...)
	fmt.Println(nums) // shares the slice
	a, b := 1, 2
	modify(a, b)
	fmt.Println(a)

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(parse("123"))
	fmt.Println(parse(""))
	fmt.Println(takesPair(pair()))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, arr)
}
