package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"apple": 5, "banana": 3, "cherry": 7, "date": 1}
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}

	// keys only
	count := 0
	for range m {
		count++
	}
	fmt.Println("count", count)

	// delete during range: every remaining key is visited at most once
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	visited := 0
	for k := range big {
		visited++
		if k%2 == 0 {
			delete(big, k)
		}
	}
	fmt.Println("len after delete-even:", len(big))
	odd := 0
	for k := range big {
		if k%2 == 1 {
			odd++
		}
	}
	fmt.Println("odd remaining", odd, "visited>=50:", visited >= 50)

	// delete all during range
	for k := range big {
		delete(big, k)
	}
	fmt.Println("len after delete all:", len(big), big)

	var nm map[string]int
	for k := range nm {
		fmt.Println(k)
	}
	fmt.Println("nil map len", len(nm), nm["x"])

	// fmt prints maps sorted
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(map[string]bool{"z": true, "a": false, "m": true})
}
