package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) Name() string       { return "square" }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func main() {
	shapes := []Shape{Square{2}, Circle{1}, Square{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)

	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println("named:", n.Name())
		} else {
			fmt.Println("unnamed", s)
		}
	}
	var ns NamedShape = Square{3}
	var sh Shape = ns
	fmt.Println(ns.Name(), sh.Area())

	sq, ok := sh.(Square)
	fmt.Println(sq, ok)
	c, ok := sh.(Circle)
	fmt.Println(c, ok)

	// interface equality compares dynamic type and value
	var a, b interface{} = Square{1}, Square{1}
	fmt.Println(a == b, a == interface{}(Square{2}), a == interface{}(Circle{1}))
	var x, y interface{} = 3, int64(3)
	fmt.Println(x == y, x == 3)

	var empty interface{}
	fmt.Println(empty == nil, empty)
	empty = 0
	fmt.Println(empty == nil, empty)
}
