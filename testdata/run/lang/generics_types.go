package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for i := 0; i < 4; i++ {
		v, err := s.Pop()
		fmt.Println(v, err)
	}
	ss := &Stack[string]{}
	ss.Push("a")
	v, _ := ss.Pop()
	fmt.Printf("%q %T %T\n", v, ss, s)

	var l List[string]
	for _, w := range []string{"x", "y", "z"} {
		l.PushFront(w)
	}
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.size)

	p := Pair[string, int]{"age", 30}
	fmt.Println(p, []Pair[int, bool]{{1, true}, {2, false}})
	fmt.Printf("%+v %T\n", p, p)

	set := Set[string]{}
	set.Add("go")
	set.Add("go")
	set.Add("ts")
	fmt.Println(len(set), set.Has("go"), set.Has("rust"), set)
}
