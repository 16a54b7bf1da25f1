// errorcheck

// Shift expressions (spec: Operators, "The right operand in a shift expression
// must have integer type or be an untyped constant representable by a value of
// type uint").

package main

func main() {
	x, f, s := 1, 2.5, "a"
	_ = 1.5 << 2  // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_ = x << -1   // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << 1.5  // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = f << 2    // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = x << s    // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = 1 << 2000 // ERROR "invalid operation: invalid shift count 2000 \(untyped int constant\)"
	_ = x << 2000 // allowed: a non-constant shift may shift everything out
}
