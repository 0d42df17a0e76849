// Package i18n is the message catalogue of ctreport: every string a person
// sees in a workbook, a chart or a briefing note, in English, Arabic and
// French, with the number, date and plural rules of each language.
//
// Messages live in one file per area (charts.go, workbook.go, brief.go)
// and are looked up by key; a test checks that every key has all three
// languages. Arabic follows the usage of the Moroccan press (Western
// digits, decimal comma), as in the seed article.
package i18n
