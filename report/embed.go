package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/nazir-nlp/nazir/internal/i18n"
)

// HTMLStyle writes the style sheet of the HTML report of docs: what the
// page HTMLDocuments writes has inside its <style> element. A page of the
// caller's that shows the documents with HTMLSections puts it in its own
// <style> element (the sheet holds no "</style>").
func HTMLStyle(w io.Writer, docs []Document) error {
	return writeHTML(w, i18n.Arabic.Printer(), func(h *htmlWriter) { h.style(docs) })
}

// HTMLSections writes the sections of the HTML report of docs, one per
// document: the highlighted text and its summary panel, exactly as in the
// body of the page HTMLDocuments writes, without the page around them. It
// is for a page of the caller's (a web form showing its result): that page
// must be UTF-8 and carry HTMLStyle's sheet. Element ids are those of
// HTMLDocuments ("d1-f1", …).
func HTMLSections(w io.Writer, docs []Document) error {
	return HTMLOptions{}.Sections(w, docs)
}

func writeHTML(w io.Writer, p i18n.Printer, write func(h *htmlWriter)) error {
	bw := bufio.NewWriter(w)
	h := &htmlWriter{w: bw, p: p}
	write(h)
	if h.err != nil {
		return h.err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: writing HTML: %w", err)
	}
	return nil
}
