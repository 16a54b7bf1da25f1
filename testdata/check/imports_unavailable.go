// errorcheck
// chanscope-only

// chanscope provides a fixed subset of the standard library; importing
// anything else is reported at the import, once, and uses of the package
// name are not reported again. This message is chanscope's own: real Go
// compiles this program.

package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not available in chanscope"
)

func main() {
	fmt.Println(http.StatusOK)
}
