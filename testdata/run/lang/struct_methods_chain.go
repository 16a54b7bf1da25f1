package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t, limit: -1} }

func (q *Query) Where(cond string) *Query {
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) Limit(n int) *Query { q.limit = n; return q }
func (q *Query) OrderBy(c string) *Query {
	q.order = c
	return q
}

func (q Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y }

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(*From("t"))
	fmt.Println(From("logs").Limit(0).String())
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v, v.Dot(Vec{2, 2}), Vec{}.Add(v) == v)
	fmt.Printf("%+v\n", Vec{1.5, -2}.Scale(2))
}
