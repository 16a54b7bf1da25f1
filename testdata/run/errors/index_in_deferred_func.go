package main

import "fmt"

func process(items []string) {
	defer func() {
		fmt.Println("cleanup sees", len(items), "items")
		_ = items[len(items)]
	}()
	fmt.Println("processing", items)
}

func main() {
	process([]string{"a", "b"})
	fmt.Println("unreachable")
}
