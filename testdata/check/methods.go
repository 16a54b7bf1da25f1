// errorcheck

// Method declarations and method calls (spec: Method declarations, Method sets).
// wording: go1.20+ "method Counter.Inc already declared at <pos>"; go1.19 says
// "Counter.Inc redeclared in this block". go1.20+ "..., but does have method Inc)";
// go1.19 says "..., but does have Inc)".

package main

type Counter struct{ n int }

func (c *Counter) Inc()   { c.n++ }
func (c *Counter) Inc()   { c.n += 2 }     // ERROR "method Counter.Inc already declared at"
func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

type CounterPtr *Counter

func (p CounterPtr) Reset() {} // ERROR "invalid receiver type CounterPtr \(pointer or interface type\)"
func (p **Counter) Twice()  {} // ERROR "invalid receiver type \*\*Counter"

type Named struct{ Name string }

func (Named) Name() string { return "" } // ERROR "field and method with the same name Name"

func main() {
	var c Counter
	c.inc()          // ERROR "c.inc undefined \(type Counter has no field or method inc, but does have method Inc\)"
	(*Counter).Inc() // ERROR "not enough arguments in call to \(\*Counter\).Inc\n\thave \(\)\n\twant \(\*Counter\)"
	Counter{}.Inc()  // ERROR "cannot call pointer method Inc on Counter"
}
