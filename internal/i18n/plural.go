package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/message/catalog"
)

func selectf(e pluralEntry) catalog.Message {
	return plural.Selectf(e.arg, "%d", e.cases...)
}
