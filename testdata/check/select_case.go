// errorcheck

// A select case that is neither a send nor a receive is rejected by the parser.
// wording: go1.19 "select case must be send or receive (possibly with assignment)";
// this is reported without the "syntax error: " prefix.

package main

func work() int { return 1 }

func main() {
	select {
	case work(): // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
