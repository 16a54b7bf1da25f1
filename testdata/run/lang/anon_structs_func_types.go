package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b int) int

func (op BinOp) Apply3(a, b, c int) int { return op(op(a, b), c) }

type Handler func(string) string

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	pt := struct {
		X, Y int
		Tag  string
	}{1, 2, "p"}
	fmt.Println(pt, pt.Tag)
	fmt.Printf("%+v %T\n", pt, pt)

	people := []struct {
		Name string
		Age  int
	}{{"Ann", 31}, {"Bob", 25}, {"Cy", 40}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	var cfg struct {
		Debug bool
		Level int
	}
	cfg.Level = 3
	fmt.Printf("%+v\n", cfg)
	// anonymous structs with identical types are assignable
	var other struct {
		Debug bool
		Level int
	} = cfg
	fmt.Println(other == cfg)

	var add BinOp = func(a, b int) int { return a + b }
	mul := BinOp(func(a, b int) int { return a * b })
	fmt.Println(add.Apply3(1, 2, 3), mul.Apply3(2, 3, 4))

	ops := map[string]BinOp{
		"+": add,
		"-": func(a, b int) int { return a - b },
		"*": mul,
		"/": func(a, b int) int { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("20 %s 4 = %d\n", k, ops[k](20, 4))
	}
	var nilFn func()
	fmt.Println(nilFn == nil, ops["%"] == nil)

	h := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(h("  hello  "))

	table := []struct {
		in   string
		want int
	}{{"a", 1}, {"abc", 3}, {"", 0}}
	for _, tc := range table {
		fmt.Println(tc.in, len(tc.in) == tc.want)
	}
	empty := struct{}{}
	fmt.Println(empty, struct{}{} == empty)
}
