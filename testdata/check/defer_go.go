// errorcheck

// go and defer take a function call (spec: Go statements, Defer statements).
// Forgetting the parentheses is the usual mistake.
// gc's parser reports "expression in go must be function call" without the
// "syntax error: " prefix, so type checking still runs and the other errors appear too.

package main

func worker() {}

func main() {
	go worker      // ERROR "expression in go must be function call"
	defer worker   // ERROR "expression in defer must be function call"
	defer recover  // ERROR "expression in defer must be function call"
	go len("a")    // ERROR "go discards result of len\(.a.\) \(constant 1 of type int\)"
	defer int(1)   // ERROR "defer requires function call, not conversion"
	go func() {}() // allowed
}
