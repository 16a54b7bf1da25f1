// errorcheck

// Calls with the wrong number or kinds of arguments. gc prints the argument
// and parameter lists on continuation lines ("\n\thave (number, number)\n\twant (int)"),
// and the regexps spell them out.
// wording: go1.20+ "... as []int value in argument to sum"; go1.19 says "... as type []int in argument to sum".

package main

func one(n int)            {}
func pair(a int, b string) {}
func sum(xs ...int) int    { return len(xs) }
func two() (int, int)      { return 1, 2 }
func nothing()             {}

func main() {
	one(1, 2)                 // ERROR "too many arguments in call to one\n\thave \(number, number\)\n\twant \(int\)"
	pair(1)                   // ERROR "not enough arguments in call to pair\n\thave \(number\)\n\twant \(int, string\)"
	one("a")                  // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to one"
	_ = sum([]string{"a"}...) // ERROR "cannot use \[\]string\{…\} \(value of type \[\]string\) as \[\]int value in argument to sum"
	x := 1
	x()                  // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	one(two())           // ERROR "too many arguments in call to one\n\thave \(int, int\)\n\twant \(int\)"
	one([]int{1}...)     // ERROR "cannot use ... in call to non-variadic one"
	_ = len([]int{1}...) // ERROR "invalid operation: invalid use of ... with built-in len"
	y := nothing()       // ERROR "nothing\(\) \(no value\) used as value"
	_ = y
}
