// Package positions imports every framework errlint knows, so that the
// table of positions can be checked against their signatures.
package positions

import (
	_ "bufio"
	_ "encoding/json"
	_ "encoding/xml"
	_ "fmt"
	_ "io"
	_ "net/http"

	_ "github.com/gin-gonic/gin"
	_ "github.com/labstack/echo/v4"
	_ "github.com/labstack/echo/v5"
)
