// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"maps"
	"strings"
)

// Go 1.21 package maps (Clone, Copy, DeleteFunc, Equal, EqualFunc).
func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(m, c, maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	eq := maps.EqualFunc(map[int]string{1: "X"}, map[int]string{1: "x"}, strings.EqualFold)
	fmt.Println(eq)
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil, maps.Equal(nm, map[string]int{}))
}
