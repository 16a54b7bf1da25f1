// errorcheck

// Return statements and terminating statements (spec: Terminating statements).
// "missing return" is reported at the closing brace of the function.

package main

func noReturn() int {
} // ERROR "missing return"

func tooMany() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func wrongType() int {
	return "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in return statement"
}

func loopWithBreak() (n int) {
	for {
		if n > 3 {
			break
		}
		n++
	}
} // ERROR "missing return"

func ifWithoutElse(b bool) int {
	if b {
		return 1
	}
} // ERROR "missing return"

func switchWithoutDefault(k int) int {
	switch k {
	case 1:
		return 1
	}
} // ERROR "missing return"

func shadowedResult() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func main() {
	noReturn()
	tooMany()
	notEnough()
	wrongType()
	loopWithBreak()
	ifWithoutElse(true)
	switchWithoutDefault(1)
	shadowedResult()
}
