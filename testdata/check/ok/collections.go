// Slices and maps in depth: make with capacity, copy, full slice expressions,
// sort.Slice, delete during iteration, multi-dimensional slices, ranging over
// an array pointer and a string.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	s := make([]int, 3, 10)
	s = append(s, 4)
	t := s[1:3:4]
	fmt.Println(len(s), cap(s), len(t), cap(t))

	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	bytes := make([]byte, 3)
	copy(bytes, "abcdef")
	fmt.Println(string(bytes))

	people := []person{{"ana", 31}, {"bo", 25}, {"cy", 40}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)

	ages := map[string]int{"ana": 31, "bo": 25, "cy": 40}
	for k, v := range ages {
		if v < 30 {
			delete(ages, k)
		}
	}
	fmt.Println(len(ages))
	if age, ok := ages["cy"]; ok {
		fmt.Println("cy is", age)
	}

	board := make([][]rune, 3)
	for i := range board {
		board[i] = []rune(strings.Repeat(".", 3))
	}
	board[1][1] = 'x'
	for _, row := range board {
		fmt.Println(string(row))
	}

	arr := [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		arr[i] = v * 10
	}
	fmt.Println(arr)

	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	var nilSlice []int
	var nilMap map[string]int
	fmt.Println(nilSlice == nil, len(nilSlice), nilMap["x"], len(nilMap))
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	keys := make([]rune, 0, len(counts))
	for r := range counts {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%c=%d ", r, counts[r])
	}
	fmt.Println()
}
