package dates_test

import (
	"fmt"

	"github.com/nazir-nlp/nazir/dates"
)

func ExampleRelease() {
	text := "دمشق 14 تموز / يوليو 2024 (سانا) - استقبل وزير الخارجية نظيره العماني."
	d, ok := dates.Release([]byte(text))
	fmt.Println(ok, d.Time.Format("2006-01-02"), d.Text, d.Dateline)
	// Output: true 2024-07-14 14 تموز / يوليو 2024 true
}
