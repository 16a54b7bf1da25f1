package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	s := &Stack{[]int{1, 2}}
	pop := s.Pop
	fmt.Println(pop(), pop())
	fmt.Println(pop())
}
