// errorcheck

// A function declaration without a body (allowed by the spec for functions
// implemented outside Go, rejected by gc without an assembly file). gc reports
// this after type checking, so only when there is no other error.

package main

func compute(n int) int // ERROR "missing function body"

func main() {
	_ = compute(1)
}
