//go:build tools

package errlint

import (
	_ "github.com/goccy/go-yaml"
	_ "github.com/golangci/plugin-module-register/register"
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/tools/go/analysis"
)
