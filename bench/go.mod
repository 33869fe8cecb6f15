module github.com/nazir-nlp/nazir/bench

go 1.26.0

require github.com/nazir-nlp/nazir v0.0.0

require (
	github.com/coregx/ahocorasick v0.3.1
	golang.org/x/text v0.44.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace github.com/nazir-nlp/nazir => ../
