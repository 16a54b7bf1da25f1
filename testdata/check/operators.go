// errorcheck

// Unary and binary operators applied to operands they are not defined on
// (spec: Operators, Arithmetic operators). Floating-point division by a zero
// constant is allowed; integer division is not.

package main

func main() {
	x, s, b, f := 1, "a", true, 2.5
	_ = x + s   // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	_ = !x      // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -s      // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b   // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = s * 2   // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = x / 0   // ERROR "invalid operation: division by zero"
	_ = f / 0.0 // allowed: the divisor is a float
	_ = f % 2   // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	s++         // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
}
