// Function types and named types: funcs in maps and struct fields, type
// aliases, conversions between named types with the same underlying type,
// assignability of unnamed types, multiple results passed straight through.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string

type Router struct {
	routes map[string]Handler
	order  []string
}

func (r *Router) Handle(path string, h Handler) {
	if r.routes == nil {
		r.routes = map[string]Handler{}
	}
	r.routes[path] = h
	r.order = append(r.order, path)
}

type Meters float64
type Feet float64
type MyInts = []int // alias: identical to []int

func divmod(a, b int) (int, int) { return a / b, a % b }
func show(q, r int) string       { return fmt.Sprint(q, "r", r) }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var r Router
	r.Handle("/upper", strings.ToUpper)
	r.Handle("/echo", func(s string) string { return s })
	for _, p := range r.order {
		fmt.Println(p, r.routes[p]("hi"))
	}

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))

	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f\n", float64(f))

	var xs MyInts = []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs)

	type pair struct{ a, b int }
	var anon struct{ a, b int } = pair{1, 2}
	fmt.Println(anon)

	fmt.Println(show(divmod(17, 5)))

	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)

	var h Handler = strings.TrimSpace
	var plain func(string) string = h
	fmt.Println(plain("  x  ") == "x", h != nil)
}
