package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(v interface{}, indent string, sb *strings.Builder) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			encode(e, indent+"  ", sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			encode(x[k], indent+"  ", sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "chanscope",
		"version": 1,
		"ratio":   0.75,
		"tags":    []interface{}{"go", "viz", 3, true, nil},
		"nested":  map[string]interface{}{"empty": []interface{}{}, "q": "say \"hi\"\n"},
		"odd":     struct{}{},
	}
	var sb strings.Builder
	encode(doc, "", &sb)
	fmt.Println(sb.String())
	fmt.Println(sb.Len(), strings.Count(sb.String(), "\n"))
}
