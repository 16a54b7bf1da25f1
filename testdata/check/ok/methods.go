// Methods with value and pointer receivers, method values and method
// expressions, methods on non-struct named types.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Path []Point

func (path Path) Len() int { return len(path) }

func (path *Path) Append(p Point) { *path = append(*path, p) }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Op func(int, int) int

func (op Op) Apply(a, b int) int { return op(a, b) }

type Words []string

func (w Words) Join() string { return strings.Join(w, " ") }

func main() {
	p := Point{1, 2}
	p.Scale(2) // (&p).Scale
	fmt.Println(p, p.Add(Point{1, 1}))

	pp := &p
	fmt.Println(pp.Add(Point{0, 1})) // (*pp).Add

	scale := p.Scale // method value bound to &p
	scale(10)
	fmt.Println(p)

	add := Point.Add // method expression
	fmt.Println(add(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 0.5)
	fmt.Println(p.String())

	var path Path
	path.Append(Point{0, 0})
	path.Append(Point{3, 4})
	fmt.Println(path.Len(), path)

	fmt.Println(Celsius(100).Fahrenheit())
	var sum Op = func(a, b int) int { return a + b }
	fmt.Println(sum.Apply(3, 4))
	fmt.Println(Words{"method", "on", "slice"}.Join())

	f := fmt.Sprint
	fmt.Println(f("value ", 1))
}
