// Command cli maps the SDK's error codes to exit statuses.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/url"
	"os"

	"exitcode/sdk"
)

const (
	exitAuth    = 3
	exitQuota   = 4
	exitTimeout = 5
	exitNetwork = 6
)

func exitCode(err error) int {
	var e *sdk.APIError
	if !errors.As(err, &e) {
		return transport(err)
	}
	switch e.Code {
	case "AUTH_REQUIRED", "AUTH_SESSION_EXPIRED":
		return exitAuth
	case "RATE_LIMITED": // want `^RATE_LIMITED is a quota error: exit_codes says 4, this exits 5$`
		return exitTimeout
	case "BILLING_INSUFFICIENT_CREDITS": // want `^BILLING_INSUFFICIENT_CREDITS is a quota error: exit_codes says 4, this exits 9$`
		return 9
	case "GENERATION_TIMEOUT":
		return 5
	case "GENERATION_CONCURRENCY_EXCEEDED": // want `^GENERATION_CONCURRENCY_EXCEEDED is a dependency error: exit_codes says 7, this exits 4$`
		return exitQuota
	case "UPSTREAM_TIMEOUT", "FORBIDDEN": // want `^UPSTREAM_TIMEOUT is a timeout error: exit_codes says 5, this exits 6$` `^FORBIDDEN is an auth error: exit_codes says 3, this exits 6$`
		return 6
	}
	return 1
}

func transport(err error) int {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) {
		return exitTimeout
	} else if errors.Is(err, context.Canceled) {
		return 130
	} else if errors.As(err, &ne) && ne.Timeout() { // want `^net.Error is a timeout error: exit_codes says 5, this exits 6$`
		return exitNetwork
	}
	switch err.(type) {
	case *url.Error: // want `^\*url.Error is a network error: exit_codes says 6, this exits 5$`
		return 5
	case net.Error:
		return 6
	}
	return 1
}

func report(e *sdk.APIError) {
	switch e.Code { // want `^exit mapping has no arm for AUTH_INVALID_SESSION, AUTH_SESSION_EXPIRED, AUTH_USER_UNAVAILABLE, BILLING_INSUFFICIENT_CREDITS, AUTH_ADMIN_ACCESS_DENIED and 22 more$`
	case "AUTH_REQUIRED":
		os.Exit(3)
	case "RATE_LIMITED":
		os.Exit(4)
	case "FORBIDDEN": // want `^FORBIDDEN is an auth error: exit_codes says 3, this exits 1$`
		log.Fatal("forbidden")
	}
	fmt.Println(e.Detail)
}

// Silent: a default arm, and a mapping whose fall-through exits.

func withDefault(e *sdk.APIError) {
	switch e.Code {
	case "AUTH_REQUIRED":
		os.Exit(3)
	case "RATE_LIMITED":
		os.Exit(4)
	default:
		os.Exit(1)
	}
}

func fallsToExit(e *sdk.APIError) {
	if e.Code == "AUTH_REQUIRED" {
		os.Exit(3)
	} else if e.Code == "RATE_LIMITED" {
		os.Exit(4)
	}
	os.Exit(1)
}

func main() {
	if err := run(); err != nil {
		os.Exit(exitCode(err))
	}
	if err := run(); err != nil {
		os.Exit(sdk.ExitStatus(err)) // want `^RATE_LIMITED is a quota error: exit_codes says 4, sdk.ExitStatus exits 7$`
	}
}

func run() error { return nil }
