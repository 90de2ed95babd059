// Package positions imports every framework errlint knows, so that the
// table of positions can be checked against their signatures.
package positions

import (
	_ "bufio"
	_ "encoding/json"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "log"
	_ "net/http"
	_ "os"
	_ "runtime"
	_ "slices"
	_ "time"

	_ "github.com/cenkalti/backoff/v4"
	_ "github.com/cloudwego/hertz/pkg/app"
	_ "github.com/cloudwego/hertz/pkg/protocol/consts"
	_ "github.com/danielgtaylor/huma/v2"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-chi/render"
	_ "github.com/go-kratos/kratos/v2/errors"
	_ "github.com/gofiber/fiber/v2"
	_ "github.com/gofiber/fiber/v3"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/labstack/echo/v4"
	_ "github.com/labstack/echo/v5"
)
