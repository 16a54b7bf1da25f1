// errorcheck

// The same package imported twice under the same name. The second import is
// also reported as unused. (Two import declarations, so gofmt keeps both.)
// wording: go1.20+ `"fmt" imported and not used`; go1.19 says `imported and not used: "fmt"`.

package main

import "fmt"
import "fmt" // ERROR "fmt redeclared in this block" ".fmt. imported and not used"

func main() {
	fmt.Println("x")
}
