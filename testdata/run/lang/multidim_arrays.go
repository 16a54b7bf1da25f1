package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	g2 := grid
	g2[2][3] = 99
	fmt.Println(grid[2][3], g2[2][3], grid == g2)

	// jagged slices
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, r := range tri {
		fmt.Println(r)
	}

	// transpose
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	fmt.Println(t)

	// array literal with indices
	a := [...]string{2: "c", 0: "a", 5: "f"}
	fmt.Println(len(a), a)
	fmt.Printf("%q\n", a)
	b := [5]int{1, 2}
	fmt.Println(b)
	s := []int{4: 1, 2, 0: 7}
	fmt.Println(s, len(s))
	var cube [2][2][2]bool
	cube[1][0][1] = true
	fmt.Println(cube)
	// array of arrays as map key
	seen := map[[2][2]int]bool{{{1, 2}, {3, 4}}: true}
	fmt.Println(seen[[2][2]int{{1, 2}, {3, 4}}], seen[[2][2]int{}])
}
