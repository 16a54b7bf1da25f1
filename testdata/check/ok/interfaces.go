// Interfaces: implicit satisfaction, type assertions with comma-ok, custom
// error types with errors.Is / errors.As and wrapping, fmt.Stringer.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("circle(%g)", c.R) }

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	if q == "" {
		return &QueryError{Query: "<empty>", Err: ErrNotFound}
	}
	return nil
}

func total(shapes ...Shape) (area float64) {
	for _, s := range shapes {
		area += s.Area()
	}
	return area
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	fmt.Printf("%.2f\n", total(shapes...))
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", st)
		}
		if r, ok := s.(Rect); ok {
			fmt.Println("rect", r.W, r.H)
		}
	}

	var empty interface{} = 42
	n, ok := empty.(int)
	_, isString := empty.(string)
	fmt.Println(n, ok, isString)

	err := lookup("")
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}
	if lookup("x") == nil {
		fmt.Println("found")
	}

	var s Shape
	fmt.Println(s == nil)
	var c *Circle
	s = c
	fmt.Println(s == nil, s != nil)
}
