package main

import "fmt"

func main() {
	for _, s := range []string{"go", "héllo", "世界", "😀!", ""} {
		fmt.Printf("[%8s][%-8s][%.2s][%8.1s]\n", s, s, s, s)
	}
	fmt.Printf("[%5c][%-3c]\n", '世', 'é')
	fmt.Printf("[%6q][%-8q]\n", "é", '世')
	fmt.Printf("[%10v][%-10v]\n", []string{"a"}, map[string]int{"é": 1})
	fmt.Printf("[%8v][%-8v][%08v]\n", 3.5, true, 42)
	fmt.Printf("[%6v][%-6v]\n", struct{ A, B int }{1, 2}, [2]int{3, 4})
	fmt.Printf("[%5d][%-5d][%05d]\n", []int{1, 22}, [2]int{3, 4}, []int{5})
	fmt.Printf("[%6.2f]\n", []float64{1.234, 5})
	fmt.Printf("[%x][% x][%#x][%# x][%X]\n", "héllo", "héllo", "hé", "hé", []byte{0xab, 0xcd})
	fmt.Printf("[%10x][%-10X]\n", "abc", "abc")
	fmt.Printf("[%+q][%#q][%#+q]\n", "世界", "世界", "世界")
	fmt.Printf("[%U][%#U][%08U]\n", '😀', '😀', 'x')
}
