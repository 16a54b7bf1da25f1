package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// range expression evaluated once; appending inside doesn't extend the loop
	nums := []int{1, 2, 3}
	for i, v := range nums {
		nums = append(nums, v*10)
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(nums)

	// range over array copies the array
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)

	// range over pointer to array does not copy
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr2)

	// slice: modifications to later elements are seen
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// modifying v does not change the slice
	pts := []struct{ X int }{{1}, {2}}
	for _, p := range pts {
		p.X *= 10
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)

	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilArrPtr *[4]int
	for i := range nilArrPtr {
		fmt.Print(i)
	}
	fmt.Println(" len of nil array pointer:", len(nilArrPtr))
}
