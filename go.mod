module github.com/errlint/errlint

go 1.26.0

require (
	github.com/goccy/go-yaml v1.19.2 // indirect
	github.com/golangci/plugin-module-register v0.1.2 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
