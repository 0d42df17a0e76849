package data

// CivilDays counts the days from 1970-01-01 to y-m-d of the proleptic
// Gregorian calendar; month 13 is January of the next year. It is
// days_from_civil of H. Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (2013), and agrees with the time package (time.Unix()/86400 of the
// day at midnight UTC).
func CivilDays(y, m, d int) int32 {
	if m > 12 {
		y, m = y+1, m-12
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}
