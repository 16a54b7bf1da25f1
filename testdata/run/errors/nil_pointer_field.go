package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	for i := 0; i < 3; i++ {
		fmt.Println(n.Val)
		n = n.Next
	}
}
