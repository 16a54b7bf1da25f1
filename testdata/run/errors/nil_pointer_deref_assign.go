package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

func load(ok bool) *Config {
	if ok {
		return &Config{"prod", 3}
	}
	return nil
}

func main() {
	c := load(true)
	fmt.Println(*c)
	c = load(false)
	c.Retries = 5
	fmt.Println(*c)
}
