// errorcheck

// Conversions that the spec does not allow (spec: Conversions).

package main

type Celsius float64
type Point struct{ X, Y int }

func main() {
	f := 1.5
	var p *int
	_ = int("a")       // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	_ = string(f)      // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = int(p)         // ERROR "cannot convert p \(variable of type \*int\) to type int"
	_ = bool(1)        // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = Point(3)       // ERROR "cannot convert 3 \(untyped int constant\) to type Point"
	_ = []byte(f)      // ERROR "cannot convert f \(variable of type float64\) to type \[\]byte"
	_ = Celsius("hot") // ERROR "cannot convert .hot. \(untyped string constant\) to type Celsius"
	_ = int(1, 2)      // ERROR "too many arguments in conversion to int"
}
