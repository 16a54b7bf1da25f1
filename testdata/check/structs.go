// errorcheck

// Struct types and struct literals (spec: Struct types, Composite literals).
// wording: go1.20+ "unknown field Z in struct literal of type Point", "too few values
// in struct literal of type Point"; go1.19 says "unknown field 'Z' in struct literal of
// type Point", "too few values in Point{…}" (and "too many values in Point{…}").
// go1.20+ "..., but does have field X)"; go1.19 says "..., but does have X)".

package main

type Point struct{ X, Y int }

type Dup struct {
	a int
	a string // ERROR "a redeclared"
}

func main() {
	_ = Point{Z: 1}       // ERROR "unknown field Z in struct literal of type Point"
	_ = Point{1}          // ERROR "too few values in struct literal of type Point"
	_ = Point{X: 1, 2}    // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{1, 2, 3}    // ERROR "too many values in struct literal of type Point"
	_ = Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	p := Point{}
	_ = p.Z // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	_ = p.x // ERROR "p.x undefined \(type Point has no field or method x, but does have field X\)"
	_ = Dup{}
}
