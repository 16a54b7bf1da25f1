package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.byName["x"], len(r.byName))
	delete(r.byName, "x")
	r.byName["x"] = 1
}
