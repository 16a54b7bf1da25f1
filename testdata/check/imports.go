// errorcheck

// Imports that are never used, with and without a local name. A blank import
// and an import used only in a type are fine.
// wording: go1.20+ `"os" imported and not used` and `"math/rand" imported as r and not used`;
// go1.19 says `imported and not used: "os"` and `imported and not used: "math/rand" as r`.

package main

import (
	"fmt"
	r "math/rand" // ERROR ".math/rand. imported as r and not used"
	"os"          // ERROR ".os. imported and not used"
	"strings"     // ERROR ".strings. imported and not used"
	"sync"
	_ "time"
)

var mu sync.Mutex

func main() {
	fmt.Println("hello")
}
