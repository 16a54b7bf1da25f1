// errorcheck

// The main function takes no arguments and returns no value (spec: Program execution).

package main

func main(args []string) int { // ERROR "func main must have no arguments and no return values"
	return len(args)
}
