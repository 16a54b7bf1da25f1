package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Fay", 30}}
	stable := append([]Person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	fmt.Println(stable)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	custom := append([]Person(nil), people...)
	sort.Stable(ByAge(custom))
	fmt.Println(custom)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// sort.Sort on distinct keys has a unique result
	uniq := []Person{{"a", 5}, {"b", 3}, {"c", 9}, {"d", 1}, {"e", 7}}
	sort.Sort(ByAge(uniq))
	fmt.Println(uniq)

	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(sorted, x)
		j := sort.Search(len(sorted), func(k int) bool { return sorted[k] >= x })
		fmt.Print(x, "->", i, j, " ")
	}
	fmt.Println()
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	fmt.Println(sort.IsSorted(ByAge(uniq)), sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age < people[j].Age }))

	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[95:])
}
