package main

import (
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	fmt.Fprintln(os.Stderr, "validating")
	if err := validate(""); err != nil {
		panic(err)
	}
}
