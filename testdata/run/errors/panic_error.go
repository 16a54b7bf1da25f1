package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("database unavailable")

func main() {
	err := fmt.Errorf("load user 42: %w", ErrBase)
	fmt.Println("about to panic with", err)
	panic(err)
}
