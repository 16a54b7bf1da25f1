package main

import "fmt"

type Bag struct {
	Items []string
}

func main() {
	seen := map[interface{}]bool{}
	seen[struct{ A int }{1}] = true
	fmt.Println(len(seen))
	seen[Bag{[]string{"x"}}] = true
}
