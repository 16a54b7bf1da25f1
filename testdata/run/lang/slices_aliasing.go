package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // same backing array: overwrites a's element
	fmt.Println(a, b, a[3] == b[3])

	full := []int{1, 2, 3}
	c := append(full, 4) // reallocation: independent
	d := append(full, 5)
	fmt.Println(c, d)

	// aliasing through a subslice
	s := []int{1, 2, 3, 4, 5}
	head := s[:2]
	head = append(head, 100) // overwrites s[2]
	fmt.Println(s, head)

	// limited capacity prevents the overwrite
	s2 := []int{1, 2, 3, 4, 5}
	head2 := s2[:2:2]
	head2 = append(head2, 100)
	fmt.Println(s2, head2)

	// removing while iterating with a filter-in-place
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	kept := nums[:0]
	for _, n := range nums {
		if n%3 != 0 {
			kept = append(kept, n)
		}
	}
	fmt.Println(kept, nums)

	// reverse in place
	r := []string{"a", "b", "c", "d"}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)

	// 2D slice rows share one backing array
	backing := make([]int, 6)
	grid := [][]int{backing[0:3], backing[3:6]}
	grid[0][2] = 7
	grid[1][0] = 8
	fmt.Println(backing, grid)
	grid[0] = append(grid[0], 9) // writes into grid[1][0]!
	fmt.Println(grid, backing)

	// copy returns min length; copying into a nil slice copies nothing
	var nilDst []int
	fmt.Println(copy(nilDst, []int{1, 2}), nilDst == nil)
	// slicing a nil slice is allowed
	var ns []int
	fmt.Println(ns[:0] == nil, len(ns[0:0]))
}
