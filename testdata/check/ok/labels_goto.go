// Labels: labeled break and continue out of nested loops and a select, goto
// forward and backward (without jumping over declarations or into blocks).
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	r, c := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				r, c = i, j
				break outer
			}
		}
	}
	return r, c
}

func countdown(n int) {
	i := n
loop:
	if i > 0 {
		fmt.Print(i, " ")
		i--
		goto loop
	}
	fmt.Println("liftoff")
}

func firstNegative(xs []int) int {
	idx := -1
	for i, x := range xs {
		if x < 0 {
			idx = i
			goto found
		}
	}
	return idx
found:
	return idx
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))

	countdown(3)
	fmt.Println(firstNegative([]int{3, 1, -2, 5}))

rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
drain:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break drain
			}
			fmt.Println("v", v)
		}
	}

	x := 2
	switch {
	case x > 1:
		fmt.Println("big")
		fallthrough
	case x > 0:
		fmt.Println("positive")
	default:
		fmt.Println("other")
	}
}
