package main

import "fmt"

type Inner struct{ Vals [3]int }
type Outer struct {
	Name  string
	In    Inner
	Slice []int
	Map   map[string]int
}

func mutate(o Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 99
	o.Slice[0] = 99 // shares backing array
	o.Map["k"] = 99 // shares map
}

func mutatePtr(o *Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 99
}

func modifyArray(a [3]int) [3]int {
	a[1] = 50
	return a
}

func main() {
	o := Outer{"orig", Inner{[3]int{1, 2, 3}}, []int{1, 2}, map[string]int{"k": 1}}
	mutate(o)
	fmt.Printf("%+v\n", o)
	mutatePtr(&o)
	fmt.Printf("%+v\n", o)

	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	c := modifyArray(a)
	fmt.Println(a, b, c)

	// arrays are comparable
	fmt.Println(a == [3]int{1, 2, 3}, a == b)

	// struct copy
	o2 := o
	o2.In.Vals[2] = -1
	o2.Slice = append(o2.Slice, 3)
	fmt.Println(o.In.Vals, o2.In.Vals, len(o.Slice), len(o2.Slice))

	// array of structs: range copies
	type P struct{ X int }
	ps := [2]P{{1}, {2}}
	for _, p := range ps {
		p.X = 0
	}
	fmt.Println(ps)
	pp := &ps[0]
	pp.X = 77
	fmt.Println(ps)

	// struct comparison
	type K struct {
		A int
		B string
	}
	fmt.Println(K{1, "x"} == K{1, "x"}, K{1, "x"} != K{2, "x"})

	// array in map value must be replaced whole
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 10
	fmt.Println(m, v)
	m["a"] = v
	fmt.Println(m)

	// nested array copy
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)
}
