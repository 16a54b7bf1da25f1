package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{1, 2}] = "b"
	grid[Point{3, 4}] = "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)

	arr := map[[2]int]int{}
	arr[[2]int{1, 2}]++
	arr[[2]int{1, 2}]++
	arr[[2]int{2, 1}]++
	fmt.Println(arr)

	iface := map[interface{}]string{}
	iface[1] = "int"
	iface[int64(1)] = "int64"
	iface["1"] = "string"
	iface[Point{1, 1}] = "point"
	iface[[1]int{1}] = "array"
	iface[true] = "bool"
	iface[nil] = "nil"
	fmt.Println(len(iface), iface[1], iface[int64(1)], iface[nil], iface[Point{1, 1}])

	// NaN keys never match: each insert adds a new entry
	nm := map[float64]int{}
	nan := math.NaN()
	nm[nan] = 1
	nm[nan] = 2
	nm[nan]++
	nm[1.0] = 10
	nm[1.0]++
	_, found := nm[nan]
	fmt.Println(len(nm), found, nm[1.0])
	sumNaN := 0
	for k, v := range nm {
		if k != k {
			sumNaN += v
		}
	}
	fmt.Println("sum of NaN entries", sumNaN)
	delete(nm, nan)
	fmt.Println("after delete NaN", len(nm))
	// +0 and -0 are the same key
	zm := map[float64]string{}
	zm[0.0] = "zero"
	zm[math.Copysign(0, -1)] = "negzero"
	fmt.Println(len(zm), zm[0])

	// map of slices
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)

	// map of maps
	nested := map[string]map[string]int{}
	for _, w := range []string{"go:fast", "go:fun", "ts:typed", "go:fast"} {
		var lang, word string
		for i := 0; i < len(w); i++ {
			if w[i] == ':' {
				lang, word = w[:i], w[i+1:]
			}
		}
		if nested[lang] == nil {
			nested[lang] = map[string]int{}
		}
		nested[lang][word]++
	}
	fmt.Println(nested)

	// comma-ok, delete missing, len
	v, ok := grid[Point{9, 9}]
	fmt.Printf("%q %v\n", v, ok)
	delete(grid, Point{9, 9})
	delete(grid, Point{0, 0})
	fmt.Println(len(grid))

	// struct values must be replaced, pointer values can be modified
	pm := map[string]*Point{"p": {1, 1}}
	pm["p"].X = 5
	fmt.Println(*pm["p"])

	keys := make([]Point, 0)
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	fmt.Println(keys)
	// map literal with composite values
	m2 := map[string][]string{"a": {"x", "y"}, "b": nil}
	fmt.Println(m2, len(m2["b"]), m2["zzz"] == nil)
}
