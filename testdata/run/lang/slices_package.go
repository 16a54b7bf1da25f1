// golden: by hand (Go 1.22+ semantics)
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Go 1.21 package slices. Only results are printed, never a slice after
// Compact/Delete modified it in place (Go 1.22 zeroes the vacated tail).
func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(slices.Contains(s, 8), slices.Contains(s, 7), slices.Index(s, 2), slices.Index(s, 7))
	fmt.Println(slices.Min(s), slices.Max(s))
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	fmt.Println(sorted, s, slices.IsSorted(sorted))
	i, found := slices.BinarySearch(sorted, 8)
	j, found2 := slices.BinarySearch(sorted, 3)
	fmt.Println(i, found, j, found2)
	fmt.Println(slices.Compact(sorted))
	slices.Reverse(s)
	fmt.Println(s)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, nil), slices.Equal([]int{1}, []int{2}))
	ins := slices.Insert([]string{"a", "d"}, 1, "b", "c")
	fmt.Println(ins, len(ins))
	del := slices.Delete([]string{"a", "b", "c", "d", "e"}, 1, 3)
	fmt.Println(del, len(del))
	words := []string{"banana", "Apple", "cherry", "apple", "kiwi"}
	slices.SortStableFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	byLen := slices.Clone(words)
	slices.SortStableFunc(byLen, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(byLen)
	fmt.Println(slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "c") }))
	fmt.Println(slices.ContainsFunc(words, func(w string) bool { return len(w) > 6 }))
	pos, ok := slices.BinarySearchFunc([]int{10, 20, 30}, 25, func(e, t int) int { return cmp.Compare(e, t) })
	fmt.Println(pos, ok)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
}
