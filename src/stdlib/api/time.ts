// The declared Go API of package time as chanscope provides it (see ../README.md).
export const source = String.raw`package time

// Clock, timers and calendar arithmetic are implemented natively by the
// engine over its virtual clock (the Go Playground's fake time).

type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero, saturating at the extremes of Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// lessThanHalf reports whether x+x < y, computed without overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

func ParseDuration(s string) (Duration, error)

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Location is a time zone; chanscope knows UTC, Local (UTC, as on the
// Playground) and fixed zones.
type Location struct {
	name   string
	offset int
}

var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

var Local *Location = &localLoc

// registerLocations tells the engine which Locations are UTC and Local, so
// that natives compare them by pointer as Go's code does.
func registerLocations(utcLoc *Location, utc, local **Location)

func init() { registerLocations(&utcLoc, &UTC, &Local) }

var localLoc = Location{name: "Local"}

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

func LoadLocation(name string) (*Location, error)

func (l *Location) String() string

// Time has Go's representation: wall clock bits, monotonic or full seconds
// in ext, and the location (nil means UTC).
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func Now() Time

func Unix(sec int64, nsec int64) Time

func UnixMilli(msec int64) Time

func UnixMicro(usec int64) Time

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

func Parse(layout, value string) (Time, error)

func ParseInLocation(layout, value string, loc *Location) (Time, error)

func Since(t Time) Duration

func Until(t Time) Duration

func (t Time) Add(d Duration) Time

func (t Time) AddDate(years int, months int, days int) Time

func (t Time) Sub(u Time) Duration

func (t Time) After(u Time) bool

func (t Time) Before(u Time) bool

func (t Time) Compare(u Time) int

func (t Time) Equal(u Time) bool

func (t Time) IsZero() bool

func (t Time) Date() (year int, month Month, day int)

func (t Time) Clock() (hour, min, sec int)

func (t Time) Year() int

func (t Time) Month() Month

func (t Time) Day() int

func (t Time) Hour() int

func (t Time) Minute() int

func (t Time) Second() int

func (t Time) Nanosecond() int

func (t Time) Weekday() Weekday

func (t Time) YearDay() int

func (t Time) ISOWeek() (year, week int)

func (t Time) Unix() int64

func (t Time) UnixMilli() int64

func (t Time) UnixMicro() int64

func (t Time) UnixNano() int64

func (t Time) UTC() Time

func (t Time) Local() Time

func (t Time) In(loc *Location) Time

func (t Time) Location() *Location

func (t Time) Zone() (name string, offset int)

func (t Time) IsDST() bool

func (t Time) Round(d Duration) Time

func (t Time) Truncate(d Duration) Time

func (t Time) Format(layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte

func (t Time) String() string

func (t Time) GoString() string

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string

// runtimeTimer is the engine's handle for a timer in its timer heap.
type runtimeTimer struct {
	id int
}

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer

func AfterFunc(d Duration, f func()) *Timer

func (t *Timer) Stop() bool

func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)

func Sleep(d Duration)

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
`;
