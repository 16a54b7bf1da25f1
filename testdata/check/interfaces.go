// errorcheck

// Interface satisfaction (spec: Interface types, Method sets, Assignability).
// wording: go1.20+ "cannot use Square{} (value of type Square) as Shape value in
// variable declaration: Square does not implement Shape (method Area has pointer receiver)";
// go1.19 says "... as type Shape in variable declaration:\n\tSquare does not implement
// Shape (Area method has pointer receiver)". Likewise go1.20+ "(missing method Area)" and
// "(wrong type for method Area)" where go1.19 says "(missing Area method)" and
// "(wrong type for Area method)".

package main

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s *Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func (c Circle) area() float64 { return 3 * c.r * c.r }

type Tri struct{}

func (t Tri) Area() int { return 0 }

func main() {
	var s Shape = Square{} // ERROR "cannot use Square\{\} \(value of type Square\) as Shape value in variable declaration: Square does not implement Shape \(method Area has pointer receiver\)"
	s = &Square{}          // allowed: *Square has the method
	s = Circle{}           // ERROR "cannot use Circle\{\} \(value of type Circle\) as Shape value in assignment: Circle does not implement Shape \(missing method Area\)\n\t\thave area\(\) float64\n\t\twant Area\(\) float64"
	s = Tri{}              // ERROR "Tri does not implement Shape \(wrong type for method Area\)\n\t\thave Area\(\) int\n\t\twant Area\(\) float64"
	var e error = "oops"   // ERROR "cannot use .oops. \(constant of type string\) as error value in variable declaration: string does not implement error \(missing method Error\)"
	var i interface{} = 1
	i.Area() // ERROR "i.Area undefined \(type interface\{\} has no field or method Area\)"
	_, _ = s, e
}
