// Composite values: struct tags, anonymous structs, arrays of arrays, maps of
// slices, slices of maps, elided element types, struct and array equality,
// pointers to composite literals.
package main

import (
	"fmt"
	"sort"
)

type User struct {
	Name  string   `json:"name"`
	Email string   `json:"email,omitempty"`
	Tags  []string `json:"tags" xml:"tag"`
	age   int
}

type Point struct{ X, Y int }

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := range m {
		m[i][i] = 1
	}
	return m
}

func main() {
	u := User{Name: "ana", Tags: []string{"admin"}, age: 30}
	fmt.Printf("%+v\n", u)

	anon := struct {
		ID    int
		Label string
	}{1, "first"}
	fmt.Println(anon.ID, anon.Label)

	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(points)

	grid := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	fmt.Println(grid[1][2], len(grid), len(grid[0]))
	fmt.Println(identity() == identity(), identity()[1])

	groups := map[string][]int{}
	groups["even"] = append(groups["even"], 2, 4)
	groups["odd"] = append(groups["odd"], 1)
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, groups[k])
	}

	rows := []map[string]int{{"a": 1}, {"b": 2, "c": 3}}
	fmt.Println(len(rows), rows[1]["c"])

	byPoint := map[Point]string{{1, 2}: "a", {X: 3}: "b"}
	fmt.Println(byPoint[Point{1, 2}], byPoint[Point{3, 0}])

	ptrs := []*Point{{1, 1}, {2, 2}}
	ptrs[0].X = 10
	fmt.Println(*ptrs[0], Point{1, 2} == Point{1, 2})

	nested := map[string]map[string]int{"x": {"y": 1}}
	nested["x"]["z"] = 2
	fmt.Println(len(nested["x"]))

	arr := [...]int{5: 1, 2, 0: 7}
	fmt.Println(len(arr), arr)

	empty := struct{}{}
	set := map[string]struct{}{"k": empty}
	_, ok := set["k"]
	fmt.Println(ok)
}
