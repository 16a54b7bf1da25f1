// errorcheck

// Type switches and type assertions (spec: Type switches, Type assertions).
// wording: go1.20+ "(missing method M)"; go1.19 says "(missing M method)".

package main

type Stringer interface{ String() string }
type Celsius float64

func main() {
	x := 1
	var s Stringer
	var any interface{} = 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	switch s.(type) {
	case Celsius: // ERROR "impossible type switch case: Celsius\n\ts \(variable of type Stringer\) cannot have dynamic type Celsius \(missing method String\)"
	}
	switch any.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
	_ = x.(int)       // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = s.(Celsius)   // ERROR "impossible type assertion: s.\(Celsius\)\n\tCelsius does not implement Stringer \(missing method String\)"
	_ = any.(float64) // allowed
}
