package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/server"
)

// Serve the page and the API, check a release over HTTP, and shut down.
func Example() {
	checker, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{MinConfidence: consistency.DefaultMinConfidence}))
	if err != nil {
		fmt.Println(err)
		return
	}
	srv, err := server.New(server.Config{Checker: checker, MinConfidence: consistency.DefaultMinConfidence})
	if err != nil {
		fmt.Println(err)
		return
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	done := make(chan error)
	go func() { done <- srv.Serve(ctx, ln) }()

	release := "التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين. " +
		"وقال وانغ إن الصين تقدر دعم الجانب الأفغاني."
	body, _ := json.Marshal(map[string]any{"text": release})
	resp, err := http.Post("http://"+ln.Addr().String()+"/v1/check", "application/json", strings.NewReader(string(body)))
	if err != nil {
		fmt.Println(err)
		return
	}
	var rep struct {
		Version  string
		Findings []struct{ Kind, Text, Suggestion string }
	}
	err = json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Printf("%s: «%s» → «%s»\n", f.Kind, f.Text, f.Suggestion)
	}

	stop() // as SIGTERM does in nazir serve
	fmt.Println("shut down:", <-done)
	// Output:
	// country-conflict: «الأفغاني» → «الأذربيجاني»
	// shut down: <nil>
}
