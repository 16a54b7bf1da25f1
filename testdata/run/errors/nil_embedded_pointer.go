package main

import "fmt"

type Base struct{ ID int }

func (b *Base) Describe() string { return "base" }

type Item struct {
	*Base
	Name string
}

func main() {
	it := Item{Name: "orphan"}
	fmt.Println(it.Name, it.Base == nil, it.Describe())
	fmt.Println(it.ID)
}
