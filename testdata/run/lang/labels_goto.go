package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Printf("%d%d ", i, j)
		}
	}
	fmt.Println()

	// find first pair summing to 10
	nums := []int{3, 8, 1, 6, 4, 9}
	found := false
search:
	for a := 0; a < len(nums); a++ {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == 10 {
				fmt.Println("pair", nums[a], nums[b])
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)

	// labeled break out of switch inside loop
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Print("odd ", i, " ")
	}
	fmt.Println()

	// goto
	i := 0
again:
	if i < 5 {
		fmt.Print("goto ", i, " ")
		i++
		goto again
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")

	// labeled continue with range
rows:
	for r, row := range [][]int{{1, 2, -1, 4}, {5, -6, 7}, {8, 9}} {
		for _, v := range row {
			if v < 0 {
				fmt.Println("row", r, "has negative", v)
				continue rows
			}
		}
		fmt.Println("row", r, "all positive")
	}
}
