// Generic functions and types: constraints with unions and ~, methods on
// generic types, explicit and inferred instantiation, comparable keys.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Stack[T any] struct {
	items []T
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stringer interface{ String() string }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	words := Map([]int{1, 2, 3}, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(words)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(acc string, n int) string { return acc + fmt.Sprint(n) }))

	keys := Keys(map[string]int{"b": 2, "a": 1, "c": 3})
	sort.Strings(keys)
	fmt.Println(keys)

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	top, err := s.Pop()
	fmt.Println(top, err, s.Len())
	_, _ = s.Pop()
	if _, err := s.Pop(); err != nil {
		fmt.Println("error:", err)
	}

	pairs := []Pair[string, int]{{"a", 1}, {Key: "b", Val: 2}}
	fmt.Println(JoinAll(pairs, ", "))

	var l List[float64]
	l.Prepend(1.5)
	l.Prepend(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)

	fmt.Println(Max(3, 7), Max("go", "chan"), Max[float64](2, 1.5))
}
