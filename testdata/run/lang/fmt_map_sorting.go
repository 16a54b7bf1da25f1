package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "a", -5: "b", 0: "c", 3: "d", -100: "e"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4, 0: 5})
	nanMap := map[float64]string{math.NaN(): "nan", 1: "one"}
	fmt.Println(nanMap)
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5, "é": 6})
	fmt.Println(map[K]bool{{2, "a"}: true, {1, "z"}: false, {1, "b"}: true})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[uint8]bool{200: true, 3: false, 100: true})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	// interface keys of one dynamic type sort by value (mixed types sort by the
	// address of their type descriptor in gc, so they are not tested)
	fmt.Println(map[interface{}]int{"b": 1, "a": 3, "c": 0}, map[interface{}]bool{3: true, 1: false})
	fmt.Printf("%v\n%+v\n%#v\n", map[K]int{{1, "x"}: 1}, map[K]int{{1, "x"}: 1}, map[K]int{{1, "x"}: 1})
	nested := map[string]map[int]bool{"z": {2: true, 1: false}, "a": {}}
	fmt.Println(nested)
	fmt.Println(map[string][]int{"y": {3}, "x": nil})
	fmt.Println(map[int]*int{1: nil})
	fmt.Printf("%d %x %q\n", map[int]int{2: 20, 1: 10}, map[string]int{"k": 255}, map[string]string{"b": "x", "a": "y"})
}
