// errorcheck

// close needs a channel.

package main

func main() {
	done := true
	close(done) // ERROR "invalid operation: cannot close non-channel done \(variable of type bool\)"
}
