// errorcheck

// Built-in functions with the wrong arguments (spec: Built-in functions).
// wording: go1.21+ "invalid argument: x (variable of type int) for built-in len";
// go1.19 says "... for len".

package main

func main() {
	x := 1
	_ = append(x, 1)    // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = len(x)          // ERROR "invalid argument: x \(variable of type int\) for (built-in )?len"
	_ = len()           // ERROR "not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = make(int)       // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)     // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(1)          // ERROR "1 is not a type"
	copy(x, x)          // ERROR "invalid argument: copy expects slice arguments; found x \(variable of type int\) and x \(variable of type int\)"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	panic(1, 2)         // ERROR "too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
}
