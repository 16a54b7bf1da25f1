// The declared Go API of package strconv as chanscope provides it (see ../README.md).
export const source = String.raw`package strconv

// Conversions are implemented natively by the engine with Go's exact
// formatting (shortest float representation, quoting rules) and errors.

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the *NumError a native reported by code: 1 syntax, 2 range,
// 3 another error with message msg (invalid base, invalid bit size).
func numError(fn, s string, code int, msg string) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	}
	return &NumError{fn, s, errors.New(msg)}
}

func atoi(s string) (int64, int, string)

func parseInt(s string, base int, bitSize int) (int64, int, string)

func parseUint(s string, base int, bitSize int) (uint64, int, string)

func parseFloat(s string, bitSize int) (float64, int, string)

func unquote(s string) (string, bool)

func unquoteChar(s string, quote byte) (rune, bool, string, bool)

func Atoi(s string) (int, error) {
	v, code, msg := atoi(s)
	if code != 0 {
		return int(v), numError("Atoi", s, code, msg)
	}
	return int(v), nil
}
func Itoa(i int) string
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code, msg := parseInt(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseInt", s, code, msg)
	}
	return v, nil
}
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code, msg := parseUint(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseUint", s, code, msg)
	}
	return v, nil
}
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code, msg := parseFloat(s, bitSize)
	if code != 0 {
		return v, numError("ParseFloat", s, code, msg)
	}
	return v, nil
}
func ParseComplex(s string, bitSize int) (complex128, error)
func FormatBool(b bool) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string
func AppendBool(dst []byte, b bool) []byte
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteToGraphic(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	var ok bool
	value, multibyte, tail, ok = unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return
}
func CanBackquote(s string) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
`;
