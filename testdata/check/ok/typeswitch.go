// Type switches: several types per case, nil case, bound variables with the
// case's type, switch on an error value.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Temp float64

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprintf("slice with %d elements", len(x))
	case Temp:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return string(n) }

func main() {
	values := []interface{}{
		nil, 1, int64(2), "hey", []int{1, 2}, Temp(21.5),
		errors.New("boom"), name("gopher"), func() int { return 7 }, 3.14, struct{}{},
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	var err error = strconv.ErrRange
	switch err.(type) {
	case *strconv.NumError:
		fmt.Println("num error")
	default:
		fmt.Println("plain error")
	}
	_, err = strconv.Atoi("x")
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("num error in", e.Func)
	}
}
